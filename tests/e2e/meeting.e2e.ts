/**
 * A team's second meeting in a real Chromium, as the meeting issue's acceptance runs it: a facilitator at 1280 px and
 * three participants on phones (contexts of their own, 375 px). Last time's agreements come first; the round's codes
 * arrive as one chat message; the picture; the dialogue; two new agreements; the minutes printed (A4 pages counted) and
 * copied as Markdown; the team's file saved (the download path: a headless browser offers no file picker), opened by a
 * second facilitator in a fresh profile with the same agreements; two copies that went their own ways merged with
 * nothing lost, the one real conflict settled by the person.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerOnPhone } from '../../scripts/round-meeting.mjs';
import { axeViolations, deepFocus, useChromium } from './browser';
import { printedPages } from './printed';

const chromium = useChromium();
const URL_ = () => `${chromium.server.url}/tests/e2e/pages/meeting.html`;

/** A facilitator's browser: a fresh profile, no file pickers (headless offers none: files are downloaded and uploaded). */
async function facilitator(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  await context.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(URL_());
  await page.locator('lg-meeting #team-name, lg-meeting #team-h').first().waitFor();
  return { context, page, errors };
}

const m = (page: Page, selector: string) => page.locator(`lg-meeting ${selector}`);

async function agree(page: Page, what: string, who: string, areaTitle: string) {
  await m(page, '#what').fill(what);
  await m(page, '#who').fill(who);
  await m(page, '#area').selectOption({ label: areaTitle });
  await m(page, 'form.new-agreement button[type="submit"]').click();
  await expect.poll(async () => (await m(page, '#agreement-status').textContent())?.trim()).toBe('Aftalen er tilføjet.');
}

/** Saves the team's file by download; returns its text. */
async function saveFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), m(page, '#save-file').click()]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Chooses a file for the file field (opened as the team, or merged into it). */
async function chooseFile(page: Page, button: '#open-file' | '#merge-file', text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), m(page, button).click()]);
  await chooser.setFiles({ name: 'ledergruppen.ledelsesgrundlag-team.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('a team’s meeting in Chromium', () => {
  it('the second meeting: agreements first, the round from one chat message, the dialogue, new agreements, minutes, the file for the next facilitator', async () => {
    const a = await facilitator();
    const page = a.page;
    // the first meeting, earlier: two agreements
    await m(page, '#team-name').fill('Ledergruppen');
    await m(page, 'form.new-team button[type="submit"]').click();
    await m(page, '#start-meeting').click();
    await agree(page, 'Fast tid til faglig sparring', 'AB', 'Vi vil lede fagligt kompetente fællesskaber');
    await agree(page, 'Prøv ét nyt mødeformat', 'TRIO', 'Vi vil lede innovative fællesskaber, hvor vi skaber sammen');
    await m(page, '#end-meeting').click();

    // the second meeting: last time's agreements come first
    await m(page, '#start-meeting').click();
    await m(page, 'section.phase.follow-up li').first().waitFor();
    const phases = await m(page, 'section.phase').evaluateAll((els) => els.map((e) => e.classList[1]));
    expect(phases.indexOf('follow-up')).toBeLessThan(phases.indexOf('round'));
    expect(await m(page, 'section.phase.follow-up .what').allTextContents()).toEqual([
      'Fast tid til faglig sparring · Hvem: AB · Vi vil lede fagligt kompetente fællesskaber',
      'Prøv ét nyt mødeformat · Hvem: TRIO · Vi vil lede innovative fællesskaber, hvor vi skaber sammen',
    ]);
    await m(page, 'section.phase.follow-up li').nth(0).locator('select').selectOption('done');
    await m(page, 'section.phase.follow-up li').nth(1).locator('select').selectOption('carried');
    expect(await axeViolations(page)).toEqual([]);

    // the round: three phones, the codes arrive as one chat message
    await m(page, 'lg-round form.setup button[type="submit"]').click();
    const link = await m(page, 'lg-round #link').inputValue();
    const codes = [await answerOnPhone(chromium.browser, link, 0), await answerOnPhone(chromium.browser, link, 1), await answerOnPhone(chromium.browser, link, 3)];
    await page.evaluate((text) => navigator.clipboard.writeText(text), codes.map((c, i) => `Deltager ${i + 1}: ${c}`).join('\n'));
    await m(page, 'lg-round #answer-code').focus();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => m(page, 'lg-round [part="count"]').textContent()).toContain('3 svar er kommet ind');
    await m(page, 'lg-round #reveal').click();
    await m(page, 'lg-round .picture').waitFor();
    // the team keeps the counts, and the area to start at is among those talked about
    await expect.poll(() => page.evaluate(() => document.querySelector('lg-meeting')!.team!.rounds.length)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('lg-meeting')!.team!.meetings.find((x) => !x.ended)!.talkedAbout.length)).toBe(1);
    // the dialogue at that area
    await m(page, 'lg-round .picture button').filter({ hasText: 'Start samtalen om' }).click();
    await expect.poll(() => page.locator('lg-meeting lg-round lg-dialogue [part~="question"]').count()).toBeGreaterThan(0);

    // two new agreements
    await agree(page, 'Sæt borgerens stemme på dagsordenen', 'CD', 'Vi vil lede meningsfulde og rummelige fællesskaber');
    await agree(page, 'Evaluér mødeformatet', 'Leder', 'Vi vil lede innovative fællesskaber, hvor vi skaber sammen');
    await m(page, '#meeting-notes').fill('God energi i dag.');
    await m(page, '#meeting-notes').blur();

    // the minutes: as Markdown, and printed on A4
    await m(page, '.minutes-box button', ).filter({ hasText: 'Markdown' }).click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('# Referat: Ledergruppen');
    expect(markdown).toContain('## Gruppens billede: 3 svar');
    expect(markdown).toContain('- Fast tid til faglig sparring · Hvem: AB · Vi vil lede fagligt kompetente fællesskaber — Gennemført');
    expect(markdown).toContain('- Prøv ét nyt mødeformat · Hvem: TRIO · Vi vil lede innovative fællesskaber, hvor vi skaber sammen — Taget med videre');
    expect(markdown).toContain('- Sæt borgerens stemme på dagsordenen · Hvem: CD');
    expect(markdown).toContain('God energi i dag.');
    await m(page, '.minutes-box button').filter({ hasText: 'Udskriv referatet' }).click();
    const printed = await printedPages(page);
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain('Evaluér mødeformatet');
    // the plan prints on one page too
    await m(page, '.plan button').filter({ hasText: 'Udskriv drejebogen' }).click();
    expect((await printedPages(page)).pages).toBe(1);
    await m(page, '#end-meeting').click();
    expect(await axeViolations(page)).toEqual([]);

    // the team's file, for the next facilitator
    const file = await saveFile(page);
    expect(JSON.parse(file).format).toBe('ledelsesgrundlag-team');
    expect(file).not.toContain(codes[0].replace(/-/g, '')); // counts only, never an answer code

    // a second facilitator, a fresh profile: opens the file, and sees the same agreements
    const b = await facilitator();
    await chooseFile(b.page, '#open-file', file);
    await expect.poll(() => m(b.page, '#team-h').textContent()).toBe('Ledergruppen');
    const agreementsOf = (p: Page) => p.evaluate(() => document.querySelector('lg-meeting')!.team!.agreements.map((x) => `${x.what}: ${x.status}`).sort());
    expect(await agreementsOf(b.page)).toEqual(await agreementsOf(page));

    // two copies go their own ways: A marks an agreement done, B drops it and adds one; A merges B's copy
    const format = (p: Page) => m(p, 'section.phase.follow-up li').filter({ hasText: 'Prøv ét nyt mødeformat' }).locator('select');
    await m(page, '#start-meeting').click();
    await format(page).selectOption('done');
    await m(b.page, '#start-meeting').click();
    await format(b.page).selectOption('dropped');
    await agree(b.page, 'Fra den anden facilitator', 'EF', 'Vi vil lede fællesskaber præget af sikker drift og ordentlighed');
    const fromB = await saveFile(b.page);
    await chooseFile(page, '#merge-file', fromB);
    await expect.poll(() => m(page, '#meeting-status').textContent()).toContain('står mod hinanden');
    const whats = await page.evaluate(() => document.querySelector('lg-meeting')!.team!.agreements.map((x) => x.what));
    expect(whats).toContain('Fra den anden facilitator');
    expect(whats).toHaveLength(5);
    expect(await axeViolations(page)).toEqual([]);
    await m(page, '.conflicts button').filter({ hasText: 'Tag den anden' }).first().click();
    await expect.poll(() => m(page, '.conflicts').count()).toBe(0);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
    await b.context.close();
  }, 180_000);

  it('by keyboard alone; dark and forced colours with zero axe violations; no sideways scrolling at 320 px', async () => {
    const a = await facilitator();
    const page = a.page;
    await m(page, '#team-name').focus();
    await page.keyboard.type('TRIO Vest');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('team-h');
    // Tab to "Start dagens møde" and press it
    for (let i = 0; i < 12 && (await deepFocus(page))?.id !== 'start-meeting'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('meeting-h');
    // move the check-in down with its button, by keyboard
    await m(page, '.phase-row[data-phase="checkin"] button').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => m(page, '.phase-row .phase-name').first().textContent()).toContain('Sidste gangs aftaler');
    // an agreement by keyboard: type, Enter
    await m(page, '#what').focus();
    await page.keyboard.type('Besøg hinandens møder');
    await page.keyboard.press('Enter');
    await expect.poll(() => m(page, '.agreements.made li').count()).toBe(1);
    for (const media of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const, colorScheme: 'light' as const }]) {
      await page.emulateMedia(media);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(a.errors).toEqual([]);
    await a.context.close();
  }, 60_000);
});
