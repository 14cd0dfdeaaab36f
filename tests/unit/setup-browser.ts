/**
 * The unit tests' extension APIs: WXT's fake browser as the global `browser` and `chrome`, as WXT's own Vitest plugin
 * sets them, so that WXT's storage (extension/lib/settings.ts) reads and writes the fake that each test resets.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
import '../../content/english';
