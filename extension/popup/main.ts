import '../../components/define';
