/** Types for scripts/chromium.mjs, used by the e2e tests. */
import type { Browser, BrowserContext } from 'playwright-core';
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(): Promise<Browser>;
export function launchWithExtension(profile: string, dir: string): Promise<BrowserContext>;
