/**
 * Encryption with a passphrase in a real Chromium (WebCrypto: PBKDF2 and AES-GCM). The journal's lock: nothing of
 * the notes readable in IndexedDB or localStorage, a reload shows nothing but the unlock field, a wrong passphrase
 * changes nothing, the right one shows the notes; all by keyboard, zero axe violations. An encrypted backup: nothing
 * readable in the file, a wrong passphrase refused, the right one brings the notes back in another browser profile.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, deepFocus, elementsReady, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();
const PAGE = () => `${chromium.server.url}/tests/e2e/pages/journal.html`;
const PASS = 'en sætning jeg kan huske';
const SECRET = 'Samtalen med Mette om sygefraværet';

/** Everything this origin keeps (every IndexedDB store, and localStorage), as text. */
function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('ledelsesgrundlag');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: unknown[] = [];
    for (const name of db.objectStoreNames) {
      out.push(
        name,
        await new Promise((resolve) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
        }),
      );
    }
    db.close();
    return JSON.stringify([out, { ...localStorage }]);
  });
}

async function writeNote(journal: Locator, text: string) {
  await journal.locator('#drift-strengths').fill(text);
  await journal.getByRole('button', { name: 'Gem notatet' }).click();
  await expect.poll(() => journal.locator('.entries li').count()).toBeGreaterThan(0);
}

/** Types into the focused field, as a person does. */
async function typeHere(page: Page, text: string) {
  await page.keyboard.type(text);
}

describe('the journal lock in Chromium', () => {
  it('locked: nothing readable in the browser; a reload shows only the unlock field; wrong and right passphrase, by keyboard', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await writeNote(journal, SECRET);
    await journal.locator('#drift-develop').fill('En kladde om Hanne');
    expect(await everythingStored(page)).toContain('Mette');

    // turn it on, by keyboard: the warning comes first
    await journal.locator('#lock-start').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('lock-pass');
    await expect.poll(() => journal.locator('#lock-warning').textContent()).toContain('Glemmer du adgangskoden, kan notaterne ikke læses');
    expect(await axeViolations(page)).toEqual([]);
    await typeHere(page, PASS);
    await page.keyboard.press('Tab'); // to the repeat field (the hint is text, not in the tab order)
    await typeHere(page, PASS);
    await page.keyboard.press('Enter'); // sent without the box ticked: told, and focus on the box
    await expect.poll(() => journal.locator('#lock-msg').textContent()).toBe('Sæt kryds for at bekræfte, at du har forstået advarslen.');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('lock-understood');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('lock-do');
    await page.keyboard.press('Enter');
    await expect.poll(() => journal.locator('#lock-msg').textContent(), { timeout: 10_000 }).toBe(
      'Dagbogen er låst. Notaterne er krypteret i browseren, og kladden gemmes kun i denne fane.',
    );
    // nothing of the note nor of the draft is readable anywhere this origin keeps things
    const stored = await everythingStored(page);
    for (const word of ['Mette', 'sygefraværet', 'Hanne', PASS]) expect(stored).not.toContain(word);
    expect(stored).toContain('journal-lock');
    expect(await journal.locator('#drift-develop').inputValue()).toBe('En kladde om Hanne');

    // a reload: only the unlock field
    await page.reload();
    await elementsReady(page);
    await expect.poll(() => journal.locator('#locked-heading').textContent()).toBe('Dagbogen er låst');
    expect(await journal.locator('[part="form"], [part="history"], [part="data"]').count()).toBe(0);
    expect(await journal.evaluate((el) => el.shadowRoot!.textContent)).not.toContain('Mette');
    expect(await axeViolations(page)).toEqual([]);
    await journal.locator('#unlock-pass').focus();
    await typeHere(page, 'forkert sætning');
    await page.keyboard.press('Enter');
    await expect.poll(() => journal.locator('#lock-msg').textContent(), { timeout: 10_000 }).toBe('Adgangskoden passer ikke. Intet er ændret – prøv igen.');
    expect(await journal.locator('[part="history"]').count()).toBe(0);
    expect(await everythingStored(page)).toBe(stored);
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('unlock-pass');
    await page.keyboard.press('ControlOrMeta+a');
    await typeHere(page, PASS);
    await page.keyboard.press('Enter');
    await expect.poll(() => journal.locator('.entries li').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('write-heading');
    expect(await journal.evaluate(async (el) => ((await (el as HTMLElement & { entries(): Promise<{ areas: { drift: { strengths: string } } }[]> }).entries())[0].areas.drift.strengths))).toBe(SECRET);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(record);
    await page.context().close();
  });
});

describe('an encrypted backup in Chromium', () => {
  it('holds nothing readable; in another profile a wrong passphrase is refused and the right one brings the notes back', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE());
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await writeNote(journal, SECRET);
    await journal.locator('#export-encrypt').check();
    await journal.locator('#export-pass').fill(PASS);
    await journal.locator('#export-again').fill(PASS);
    const [download] = await Promise.all([page.waitForEvent('download'), journal.locator('#export-backup').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'ledelsesgrundlag-encrypted', version: 1, kdf: { name: 'PBKDF2', iterations: 600_000 } });
    for (const word of ['Mette', 'ledelsesgrundlag-backup', 'entries', 'drift']) expect(text).not.toContain(word);
    await expect.poll(() => journal.locator('#data-msg').textContent()).toMatch(/er eksporteret, krypteret med adgangskoden\.$/);
    await expectClean(record);
    await page.context().close();

    const other = await openPage(chromium.browser, { colorScheme: 'dark' });
    await other.page.goto(PAGE());
    await elementsReady(other.page);
    const fresh = other.page.locator('lg-reflection-journal');
    await fresh.locator('#import-file').setInputFiles({ name: 'kopi.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(async () => (await deepFocus(other.page))?.id).toBe('sealed-pass');
    expect(await axeViolations(other.page)).toEqual([]);
    await typeHere(other.page, 'ikke den rigtige');
    await other.page.keyboard.press('Enter');
    await expect.poll(() => fresh.locator('#data-msg').textContent(), { timeout: 10_000 }).toBe(
      'Adgangskoden passer ikke til filen, eller filen er blevet ændret. Intet er importeret – prøv igen.',
    );
    expect(await fresh.locator('.entries li').count()).toBe(0);
    await fresh.locator('#sealed-pass').fill(PASS);
    await fresh.locator('#sealed-pass').press('Enter');
    await expect.poll(() => fresh.locator('#import-result').textContent(), { timeout: 10_000 }).toContain('Filen indeholder 1 notat');
    await fresh.locator('#import-do').click();
    await expect.poll(() => fresh.locator('.entries li').count()).toBe(1);
    await expectClean(other.record);
    await other.page.context().close();
  });
});
