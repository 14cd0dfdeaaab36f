/**
 * Min refleksion in a tab of its own: the journal in the extension, where only the extension can read the notes
 * (on an intranet page, every script of the site can read that site's storage).
 */
import '../lib/page.css';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import '../../components/reflection-journal/define';
import { startPage } from '../lib/page';

void startPage(browser, () => {});
