/** <lg-task-picker>: what it says when the task store falls back to memory for a specific reason. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedTask, StoreProblem, TaskStore } from '../../components/shared/task-store';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { textOf, useCleanDocument } from './element-helpers';
import { $, button, picker, type, until } from './task-picker-helpers';

/**
 * The reason the next store reports; `quotaOnSave` makes it persistent until the first save hits the quota;
 * `becomes` makes that store report a reason later, as another tab's upgrade does, and tell its watchers.
 */
const next: { reason?: StoreProblem; quotaOnSave?: boolean; becomes?: (reason: StoreProblem) => void } = {};

vi.mock('../../components/shared/task-store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../components/shared/task-store')>();
  return {
    ...real,
    openTaskStore: async (): Promise<TaskStore> => {
      let reason = next.reason;
      const mem = new Map<string, SavedTask>();
      const watchers = new Set<() => void>();
      next.becomes = (r) => {
        reason = r;
        watchers.forEach((l) => l());
      };
      const write = (t: Parameters<TaskStore['save']>[0]): SavedTask => {
        if (next.quotaOnSave) reason = 'quota';
        const now = new Date().toISOString();
        const saved = { id: t.id ?? `m${mem.size}`, title: t.title, description: t.description, weights: t.weights, createdAt: now, updatedAt: now };
        mem.set(saved.id, saved);
        return saved;
      };
      return {
        get persistent() {
          return !reason;
        },
        get reason() {
          return reason;
        },
        async save(t) {
          return write(t);
        },
        async saveOver(t) {
          return { ok: true as const, record: write(t) };
        },
        async restore(ts) {
          ts.forEach((t) => mem.set(t.id, t));
        },
        async list() {
          return [...mem.values()];
        },
        async copied() {
          return false;
        },
        inMemory() {
          return !!reason; // this fake keeps everything in memory; with a problem, the page says so
        },
        async newest(n) {
          const all = [...mem.values()];
          return { records: all.slice(0, n), count: all.length };
        },
        async get(id) {
          return mem.get(id);
        },
        async delete(id) {
          mem.delete(id);
        },
        async clear() {
          mem.clear();
        },
        watch(listener) {
          watchers.add(listener);
          return () => watchers.delete(listener);
        },
        close() {},
      };
    },
  };
});

useCleanDocument();
beforeEach(() => {
  delete next.reason;
  delete next.quotaOnSave;
});

const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]');

describe('store problems', () => {
  it("'blocked': says that nothing is kept and to close the other tabs", async () => {
    next.reason = 'blocked';
    const el = await picker();
    await until(el, () => !!notice(el));
    expect([...notice(el)!.querySelectorAll('p')].map(textOf)).toEqual([STRINGS.da.blocked]); // one true message: the browser does allow saving
  });

  it("'quota' after a save: keeps the task in memory, says so and suggests downloading it", async () => {
    next.quotaOnSave = true;
    const el = await picker('lang="en"');
    await until(el, () => !!el.shadowRoot!.querySelector('[part="saved"] p'));
    expect(notice(el)).toBeNull();
    type($<HTMLInputElement>(el, '#task'), 'Big one');
    button(el, 'Save').click();
    await until(el, () => !!notice(el));
    expect([...notice(el)!.querySelectorAll('p')].map(textOf)).toEqual([STRINGS.en.quota]); // not also "your browser does not allow saving here"
    expect(textOf($(el, '[role="status"]'))).toBe(STRINGS.en.savedMemory);
    expect(textOf($(el, '[part="saved"] li strong'))).toBe('Big one');
  });

  it("'outdated' later (another tab upgraded): says so at once, asks for a reload, and keeps the list and the form", async () => {
    const el = await picker();
    type($<HTMLInputElement>(el, '#task'), 'Budget');
    button(el, 'Gem').click();
    await until(el, () => !!el.shadowRoot!.querySelector('[part="saved"] li'));
    type($<HTMLInputElement>(el, '#task'), 'Budget 2027');
    expect(notice(el)).toBeNull();
    next.becomes!('outdated');
    await until(el, () => !!notice(el));
    expect(textOf(notice(el))).toBe(STRINGS.da.outdated);
    expect($<HTMLInputElement>(el, '#task').value).toBe('Budget 2027');
    expect(textOf($(el, '[part="saved"] li strong'))).toBe('Budget');
  });

  it("'error' and 'unavailable' show the general message only", async () => {
    next.reason = 'error';
    const el = await picker();
    await until(el, () => !!notice(el));
    expect(textOf(notice(el))).toBe(STRINGS.da.noStore);
  });
});
