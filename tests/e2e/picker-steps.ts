/** What a person does with the task picker in the end-to-end tests: save a task, read the saved list. */
import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/** The titles of the saved tasks, as listed. */
export const savedTitles = (picker: Locator): Promise<string[]> => picker.locator('[part="saved"] li strong').allTextContents();

/** Saves a new task (the form emptied first) and waits until the list shows it. */
export async function saveTask(picker: Locator, title: string): Promise<void> {
  // the tab in front, as a person's would be (a background tab's animation frames are throttled)
  await picker.page().bringToFront();
  await picker.getByRole('button', { name: 'Ny opgave' }).click();
  await picker.locator('#task').fill(title);
  await picker.locator('input[name="drift"][value="3"]').check();
  await picker.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect.poll(() => savedTitles(picker)).toContain(title);
}
