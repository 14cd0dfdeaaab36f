/** Debian's firefox-esr, headless, over WebDriver BiDi with puppeteer-core, and the file server: for a test file's hooks. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxFixture {
  browser: Browser;
  server: Awaited<ReturnType<typeof serve>>;
}

/** Before a file's tests, the server starts and Firefox launches; after them, both close. Read the fixture in tests. */
export function useFirefox(): FirefoxFixture {
  const fixture = {} as FirefoxFixture;
  beforeAll(async () => {
    if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
    fixture.server = await serve();
    fixture.browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true });
  }, 90_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}
