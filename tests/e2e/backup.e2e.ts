/**
 * One backup file, moved: notes and a saved task written on an intranet page (the single-file bundle, in
 * Chromium), backed up from the journal, imported on the extension's options page after a preview, exported
 * there, and brought back into a fresh browser profile's journal, tasks included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { elementsReady, expectClean, openPage, useChromium } from './browser';
import { foreign, loadExtension, openExtensionPage, type LoadedExtension } from './extension-harness';

const chromium = useChromium();
const url = (page: string) => `${chromium.server.url}/tests/e2e/pages/${page}`;
let ext: LoadedExtension;
beforeAll(async () => {
  ext = await loadExtension();
});
afterAll(async () => {
  await ext?.close();
});

type Journal = HTMLElement & { exportBackup(): Promise<string>; entries(): Promise<{ date: string }[]> };

describe('a backup moved from the widget to the extension and back', () => {
  it('keeps every note and task, shows what it will do first, and writes all of it', async () => {
    // on the intranet: a saved task and a note
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('tasks.html'));
    await elementsReady(page);
    const picker = page.locator('lg-task-picker');
    await picker.locator('#task').fill('Ny vagtplan i hjemmeplejen');
    await picker.locator('input[name="drift"][value="3"]').check();
    await picker.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => picker.locator('[part="saved"] li strong').allTextContents()).toEqual(['Ny vagtplan i hjemmeplejen']);
    await page.goto(url('journal.html'));
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('#drift-strengths').fill('Overblik over vagtplanen');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(1);
    const fromWidget = await journal.evaluate((el) => (el as Journal).exportBackup());
    expect(JSON.parse(fromWidget)).toMatchObject({ format: 'ledelsesgrundlag-backup', tasks: [{ title: 'Ny vagtplan i hjemmeplejen' }], entries: [{}] });
    await expectClean(record);
    await page.context().close();

    // in the extension: the preview, then the import
    const options = await openExtensionPage(ext, 'options.html');
    await options.locator('#import').setInputFiles({ name: 'sikkerhedskopi.json', mimeType: 'application/json', buffer: Buffer.from(fromWidget) });
    await expect.poll(() => options.locator('#import-plan li').allTextContents()).toEqual([
      'Opgaver: 1 ny, 0 erstatter en ældre udgave, 0 springes over (findes allerede, eller den gemte er nyere); 0 andre bevares.',
      'Notater: 1 nyt, 0 erstatter en ældre udgave, 0 springes over (findes allerede, eller den gemte er nyere); 0 bevares.',
    ]);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('import-yes');
    await options.locator('#import-yes').click();
    await expect.poll(() => options.locator('#data-status').textContent()).toBe('Importeret: 1 opgave og 1 notat.');
    const inExtension = await openExtensionPage(ext, 'journal.html');
    await expect.poll(() => inExtension.locator('lg-reflection-journal .entries li').count()).toBe(1);
    await inExtension.close();

    // the same file again: nothing new, and it says so
    await options.locator('#import').setInputFiles({ name: 'sikkerhedskopi.json', mimeType: 'application/json', buffer: Buffer.from(fromWidget) });
    await expect.poll(() => options.locator('#data-status').textContent()).toBe('Filen indeholder intet, som ikke allerede er her. Intet importeres.');

    // exported from the extension
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export').click()]);
    const fromExtension = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(fromExtension)).toMatchObject({ format: 'ledelsesgrundlag-backup', tasks: [{ title: 'Ny vagtplan i hjemmeplejen' }], entries: [{}] });
    await options.close();
    expect(foreign(ext.requests, ext.id)).toEqual([]);
    expect(ext.errors).toEqual([]);

    // back on an intranet page, in another browser profile
    const other = await openPage(chromium.browser);
    await other.page.goto(url('journal.html'));
    await elementsReady(other.page);
    const fresh = other.page.locator('lg-reflection-journal');
    await fresh.locator('#import-file').setInputFiles({ name: 'ledelsesgrundlag.json', mimeType: 'application/json', buffer: Buffer.from(fromExtension) });
    await expect.poll(() => fresh.locator('#import-result').textContent()).toContain('Filen indeholder 1 opgave fra opgavevælgeren; den importeres med');
    await fresh.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect.poll(() => fresh.locator('#data-msg').textContent()).toBe('1 notat er importeret. Og 1 opgave.');
    await other.page.goto(url('tasks.html'));
    await elementsReady(other.page);
    await expect.poll(() => other.page.locator('lg-task-picker [part="saved"] li strong').allTextContents()).toEqual(['Ny vagtplan i hjemmeplejen']);
    await expectClean(other.record);
    await other.page.context().close();
  });

  it('encrypted: the options page asks for the passphrase, refuses a wrong one, imports with the right one, and exports encrypted', async () => {
    const pass = 'en sætning jeg kan huske';
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('journal.html'));
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await journal.locator('#mening-strengths').fill('Krypteret på vej til udvidelsen');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(1);
    await journal.locator('#export-encrypt').check();
    await journal.locator('#export-pass').fill(pass);
    await journal.locator('#export-again').fill(pass);
    const [fromWidget] = await Promise.all([page.waitForEvent('download'), journal.locator('#export-backup').click()]);
    const sealed = readFileSync((await fromWidget.path())!, 'utf8');
    await expectClean(record);
    await page.context().close();

    const options = await openExtensionPage(ext, 'options.html');
    await options.locator('#import').setInputFiles({ name: 'krypteret.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('sealed-pass');
    await options.keyboard.type('forkert sætning');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('#data-status').textContent(), { timeout: 10_000 }).toBe(
      'Adgangskoden passer ikke til filen, eller filen er blevet ændret. Intet er importeret – prøv igen.',
    );
    expect(await options.locator('#import-confirm').isHidden()).toBe(true);
    await options.locator('#sealed-pass').fill(pass);
    await options.locator('#sealed-pass').press('Enter');
    await expect.poll(() => options.locator('#import-plan li').allTextContents(), { timeout: 10_000 }).toContain(
      'Notater: 1 nyt, 0 erstatter en ældre udgave, 0 springes over (findes allerede, eller den gemte er nyere); 1 bevares.',
    );
    await options.locator('#import-yes').click();
    await expect.poll(() => options.locator('#data-status').textContent()).toBe('Importeret: 0 opgaver og 1 notat.');

    // exported encrypted from the extension: nothing readable in it
    await options.locator('#export-encrypt').check();
    await options.locator('#export-pass').fill(pass);
    await options.locator('#export-again').fill(pass);
    const [fromExtension] = await Promise.all([options.waitForEvent('download'), options.locator('#export').click()]);
    const again = readFileSync((await fromExtension.path())!, 'utf8');
    expect(JSON.parse(again).format).toBe('ledelsesgrundlag-encrypted');
    expect(again).not.toContain('Krypteret på vej');
    await options.close();
    expect(foreign(ext.requests, ext.id)).toEqual([]);
    expect(ext.errors).toEqual([]);
  });
});
