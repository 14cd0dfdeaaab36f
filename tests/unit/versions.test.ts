/**
 * Properties of the versions that a stale write cannot get past (#27): the stores' version check, and the import's
 * classification of tasks (never an older one over a newer one, nothing new left out, nothing equal rewritten).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCurrent } from '../../components/shared/record-store';
import { planTaskImport, type SavedTask } from '../../content/task-file';
import { savedTask } from './records';

const time = fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString());
const task = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), title: fc.constantFrom('X', 'Y'), updatedAt: time }).map((t) => savedTask(t));
const tasks = fc.uniqueArray(task, { selector: (t) => t.id, maxLength: 4 });

describe('the version check', () => {
  it('lets a write through only over the version it began from (or where nothing is kept, or it began from nothing)', () => {
    fc.assert(
      fc.property(fc.option(time, { nil: undefined }), fc.option(time, { nil: undefined }), (kept, basedOn) => {
        const ok = isCurrent(kept === undefined ? undefined : { updatedAt: kept }, basedOn);
        expect(ok).toBe(kept === undefined || basedOn === undefined || kept === basedOn);
      }),
    );
  });
});

describe('the task import’s classification', () => {
  it('never writes an older task over a newer one, writes every new one, and rewrites nothing equal', () => {
    fc.assert(
      fc.property(tasks, tasks, (existing: SavedTask[], incoming: SavedTask[]) => {
        const kept = new Map(existing.map((t) => [t.id, t]));
        const plan = planTaskImport(existing, incoming);
        expect(plan.items.map((i) => i.task)).toEqual(incoming);
        for (const t of plan.toWrite) {
          const old = kept.get(t.id);
          if (old) expect(t.updatedAt > old.updatedAt).toBe(true);
          if (old) expect(t.title === old.title && t.description === old.description).toBe(false);
        }
        for (const t of incoming) if (!kept.has(t.id)) expect(plan.toWrite).toContain(t);
      }),
      { numRuns: 300 },
    );
  });
});
