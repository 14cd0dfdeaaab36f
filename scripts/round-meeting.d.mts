/** Types for scripts/round-meeting.mjs, used by the e2e tests. */
import type { Browser } from 'playwright-core';
export function runRound(
  browser: Browser,
  url: string,
  people: number,
  options?: { lang?: 'da' | 'en' },
): Promise<{ actions: string[]; picture: { people: number; counts: Record<string, number[]>; withheld: string[] } }>;
/** One participant on a phone of their own: opens the link, answers, returns the answer code as shown. */
export function answerOnPhone(browser: Browser, link: string, i: number): Promise<string>;
