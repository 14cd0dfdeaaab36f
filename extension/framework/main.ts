/**
 * The whole framework in a tab, for the address bar keyword and the popup's results: `framework.html#drift`
 * opens at that part (the element follows the fragment itself).
 */
import '../lib/page.css';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import '../../components/framework/define';
import { startPage } from '../lib/page';

void startPage(browser, () => {});
