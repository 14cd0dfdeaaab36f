/**
 * Kept promises (#27) in a real Chromium, as a hostile tester tried them: an older import does not overwrite a newer
 * task; the database deleted from another tab is not taken for an upgrade and loses nothing; notes whose ids are
 * names of object properties are notes like any other; a reload keeps an unsaved task, and importing one asks before
 * it replaces it; a link too long to open the task again is never called copied. (Two tabs on one note, one task and
 * one round: tabs.e2e.ts and round.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { elementsReady, expectClean, openPage, storedRecords, useChromium } from './browser';
import { saveTask, savedTitles } from './picker-steps';

const chromium = useChromium();
const url = (page: string) => `${chromium.server.url}/tests/e2e/pages/${page}`;
const status = (picker: Locator) => picker.locator('[part="status"]').textContent();

/** A tasks file, as the picker's export writes it. */
const tasksFile = (...tasks: { id: string; title: string; updatedAt: string }[]) =>
  Buffer.from(
    JSON.stringify({
      format: 'ledelsesgrundlag-tasks',
      version: 1,
      tasks: tasks.map((t) => ({ ...t, description: '', weights: { faglighed: 0, innovation: 0, mening: 0, drift: 3 }, createdAt: '2020-01-01T00:00:00.000Z' })),
    }),
  );


describe('kept promises in Chromium', () => {
  it('an export imported after a change does not put the older task over the newer one', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('tasks.html'));
    await elementsReady(page);
    const picker = page.locator('lg-task-picker');
    await saveTask(picker, 'Budget 2027');
    const [saved] = await storedRecords<{ id: string }>(page, 'tasks');
    // a file made before the task was last changed, with another task beside it
    const old = { id: saved.id, title: 'Budget, gammel', updatedAt: '2020-01-01T00:00:00.000Z' };
    await picker.locator('#file').setInputFiles({ name: 'eksport.json', mimeType: 'application/json', buffer: tasksFile(old, { id: 'ny', title: 'Ny vagtplan', updatedAt: '2020-01-02T00:00:00.000Z' }) });
    await expect.poll(() => picker.locator('#question-q').textContent()).toBe(
      'Filen har 2 opgaver: 1 ny, 0 nyere end den gemte, 1 springes over (findes allerede, eller den gemte er nyere).',
    );
    await picker.locator('#question-yes').click();
    await expect.poll(async () => (await savedTitles(picker)).sort()).toEqual(['Budget 2027', 'Ny vagtplan']);
    await expectClean(record);
    await page.context().close();
  });

  it('the database deleted from another tab: no "reload", and every task is written back', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('tasks.html'));
    await elementsReady(page);
    const picker = page.locator('lg-task-picker');
    await saveTask(picker, 'Første');
    await saveTask(picker, 'Anden');
    const other = await page.context().newPage();
    await other.goto(url('plain.html'));
    await other.evaluate(() => new Promise<void>((resolve) => (indexedDB.deleteDatabase('ledelsesgrundlag').onsuccess = () => resolve())));
    await page.bringToFront();
    // not the message for a newer version elsewhere ("reload the page"), whose reload would have lost the tasks
    expect((await picker.locator('[part="notice"]').allTextContents()).join(' ')).not.toMatch(/genindlæs/i);
    await saveTask(picker, 'Tredje');
    await page.reload();
    await elementsReady(page);
    await expect.poll(async () => (await savedTitles(picker)).sort()).toEqual(['Anden', 'Første', 'Tredje']);
    await expectClean(record);
    await page.context().close();
  });

  it('notes whose ids are __proto__, constructor, toString, lock and all are listed, counted and deleted like any other', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('journal.html'));
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    await page.evaluate(async () => {
      const el = document.querySelector('lg-reflection-journal') as HTMLElement & { previewImport(t: string): Promise<unknown>; confirmImport(): Promise<void> };
      const area = { level: 2, strengths: 'x', develop: '' };
      const entries = ['__proto__', 'constructor', 'toString', 'lock', 'all'].map((id, i) => {
        const at = `2025-03-0${i + 1}T08:00:00.000Z`;
        return { id, date: at.slice(0, 10), createdAt: at, updatedAt: at, areas: { faglighed: area, innovation: area, mening: area, drift: area }, answers: {} };
      });
      await el.previewImport(JSON.stringify({ format: 'ledelsesgrundlag-journal', version: 1, entries }));
      await el.confirmImport();
    });
    await page.reload();
    await elementsReady(page);
    await expect.poll(() => journal.locator('.entries li').count()).toBe(5);
    await journal.locator('#delete-all').click();
    expect(await journal.locator('#confirm-all-text').textContent()).toContain('5');
    await journal.locator('#confirm-all').click();
    await expect.poll(() => journal.locator('.entries li').count()).toBe(0);
    await expectClean(record);
    await page.context().close();
  });

  it('a reload keeps an unsaved task; importing one asks before it replaces it; a too-long link is not called copied', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(url('tasks.html'));
    await elementsReady(page);
    const picker = page.locator('lg-task-picker');
    await picker.locator('#task').fill('Det, jeg skriver');
    await picker.locator('input[name="mening"][value="2"]').check();
    await page.reload();
    await elementsReady(page);
    await expect.poll(() => picker.locator('#task').inputValue()).toBe('Det, jeg skriver');
    expect(await status(picker)).toBe('Det, du var i gang med, er hentet frem igen.');
    await picker.locator('#file').setInputFiles({ name: 'en.json', mimeType: 'application/json', buffer: tasksFile({ id: 'fra-fil', title: 'Fra filen', updatedAt: '2025-01-02T00:00:00.000Z' }) });
    await expect.poll(() => picker.locator('#question-q').textContent()).toContain('erstatter det, du er i gang med');
    await picker.locator('#question-no').click();
    expect(await picker.locator('#task').inputValue()).toBe('Det, jeg skriver');
    // a title longer than a link can carry
    await picker.locator('#task').fill('x'.repeat(302));
    await picker.getByRole('button', { name: 'Kopiér link' }).click();
    await expect.poll(() => status(picker)).toContain('Linket er ikke kopieret');
    await expectClean(record);
    await page.context().close();
  });
});
