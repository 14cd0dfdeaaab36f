/**
 * Dates a person sees are local dates: one helper (content/format.ts `localDate`) gives "today" everywhere. At
 * 00:30 in Copenhagen the UTC date is still yesterday; the local date is not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../content/format';

const zone = process.env.TZ;

describe('localDate', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Copenhagen';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    vi.useRealTimers();
  });

  it('is the day on the clock in Copenhagen at 00:30, not the UTC day before', () => {
    const halfPastMidnight = new Date('2026-03-09T23:30:00Z'); // 00:30 on 10 March in Copenhagen (UTC+1)
    expect(halfPastMidnight.toISOString().slice(0, 10)).toBe('2026-03-09');
    expect(localDate(halfPastMidnight)).toBe('2026-03-10');
  });

  it('holds in summer time too (UTC+2), and on a fixed system clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-30T22:30:00Z')); // 00:30 on 1 July in Copenhagen
    expect(localDate(new Date())).toBe('2026-07-01');
  });

  it('pads months and days, and keeps a leap day', () => {
    expect(localDate(new Date(2024, 1, 29))).toBe('2024-02-29');
    expect(localDate(new Date(2025, 0, 5, 12))).toBe('2025-01-05');
  });
});
