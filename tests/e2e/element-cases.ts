/** Every element as an editor would put it on a page, for the tests that look at each one (visual, type size). */
import type { Page } from 'playwright-core';

/** A fixed day and time, so that the journal's date and anything else dated is the same in every run. */
export const NOW = new Date('2026-03-02T09:30:00+01:00');

export interface Case {
  name: string;
  markup: string;
  /** What a person does before the picture is taken. */
  act?: (page: Page) => Promise<void>;
}

export const ELEMENTS: Case[] = [
  { name: 'focus-areas', markup: '<lg-focus-areas></lg-focus-areas>' },
  { name: 'focus-area-card', markup: '<lg-focus-area-card area="drift" variant="full"></lg-focus-area-card>' },
  { name: 'reflection', markup: '<lg-reflection level="ledergruppe"></lg-reflection>' },
  {
    name: 'search',
    markup: '<lg-search></lg-search>',
    act: async (page) => {
      await page.locator('lg-search input[type="search"]').fill('arbejdsmiljø');
      await page.locator('lg-search [role="option"], lg-search li').first().waitFor();
    },
  },
  { name: 'task-picker', markup: '<lg-task-picker no-storage></lg-task-picker>' },
  { name: 'reflection-journal', markup: '<lg-reflection-journal></lg-reflection-journal>' },
  { name: 'dialogue', markup: '<lg-dialogue level="ledergruppe"></lg-dialogue>' },
  { name: 'round', markup: '<lg-round></lg-round>' },
  {
    name: 'meeting',
    markup: '<lg-meeting></lg-meeting>',
    // a team, and its meeting started: the plan and the phases
    act: async (page) => {
      await page.locator('lg-meeting #team-name').fill('Ledergruppen');
      await page.locator('lg-meeting form.new-team button[type="submit"]').click();
      await page.locator('lg-meeting #start-meeting').click();
      await page.locator('lg-meeting .plan').waitFor();
    },
  },
  { name: 'framework', markup: '<lg-framework></lg-framework>' },
];
