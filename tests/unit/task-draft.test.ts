/** The task picker's model, without a DOM: every change returns a new draft, and the form and link forms agree. */
import { describe, expect, it } from 'vitest';
import { KEYWORDS } from '../../content/keywords';
import { suggestWeights } from '../../content/suggest';
import {
  applySuggestion,
  draftOf,
  emptyDraft,
  formEntries,
  isMissing,
  stateFromFragment,
  stateOf,
  stateToFragment,
  unsaved,
  withSuggestion,
  withText,
  withValue,
  withWeight,
  withWeights,
} from '../../content/task-draft';

describe('the task draft', () => {
  it('starts empty and never changes the draft it is given', () => {
    const d = emptyDraft();
    expect(d).toEqual({ weights: { faglighed: 0, innovation: 0, mening: 0, drift: 0 }, task: '', description: '' });
    const next = withWeight(withText(d, 'task', 'Ny vagtplan'), 'drift', 3);
    expect(next).toMatchObject({ task: 'Ny vagtplan', weights: { drift: 3 } });
    expect(d).toEqual(emptyDraft());
  });

  it('reads a value, keeps what is valid and remembers a malformed one for the notice', () => {
    const ok = withValue(emptyDraft(), 'faglighed=2&mening=3');
    expect(ok.weights).toEqual({ faglighed: 2, innovation: 0, mening: 3, drift: 0 });
    expect(ok.badValue).toBeUndefined();
    const bad = withValue(emptyDraft(), 'faglighed=9&drift=1');
    expect(bad.weights).toEqual({ faglighed: 0, innovation: 0, mening: 0, drift: 1 });
    expect(bad.badValue).toBe('faglighed=9&drift=1');
    expect(withWeights(bad, { mening: 2 }).badValue).toBeUndefined();
  });

  it('coerces weights from anywhere to 0–3', () => {
    expect(withWeights(emptyDraft(), { faglighed: 7, innovation: '2', mening: 1, x: 3 }).weights).toEqual({
      faglighed: 0,
      innovation: 0,
      mening: 1,
      drift: 0,
    });
  });

  it('shows a suggestion, applies it only when used, and ends it either way', () => {
    const sug = suggestWeights('Budget og økonomi for driften', KEYWORDS.da);
    const shown = withSuggestion(emptyDraft(), sug);
    expect(shown.weights).toEqual(emptyDraft().weights);
    const used = applySuggestion(shown);
    expect(used.weights).toEqual(sug.weights);
    expect(used.suggestion).toBeUndefined();
    expect(withSuggestion(shown, undefined)).not.toHaveProperty('suggestion');
  });

  it('is a saved task while it has its id, and not after', () => {
    const d = draftOf({ id: 't1', task: 'A', weights: { faglighed: 1, innovation: 0, mening: 0, drift: 0 } });
    expect(d.savedId).toBe('t1');
    expect(unsaved(d)).not.toHaveProperty('savedId');
    expect(draftOf().savedId).toBeUndefined();
  });

  it('is missing a value only when required and every weight is 0', () => {
    expect(isMissing(emptyDraft(), true)).toBe(true);
    expect(isMissing(emptyDraft(), false)).toBe(false);
    expect(isMissing(withWeight(emptyDraft(), 'mening', 1), true)).toBe(false);
  });

  it('submits the weights, title and description under the name', () => {
    const d = withText(withWeight(emptyDraft(), 'innovation', 2), 'description', 'Med borgerne');
    expect(formEntries('opgave', d)).toEqual([
      ['opgave', 'faglighed=0&innovation=2&mening=0&drift=0'],
      ['opgave-task', ''],
      ['opgave-description', 'Med borgerne'],
    ]);
  });

  it('round-trips through a URL fragment', () => {
    const d = withText(withText(withWeight(emptyDraft(), 'drift', 3), 'task', 'Æ & ø?'), 'description', 'a=b#c');
    const back = stateFromFragment(`#${stateToFragment(stateOf(d))}`);
    expect(back).toEqual(stateOf(d));
    expect(stateFromFragment('#noget-andet')).toBeUndefined();
  });
});

describe('a link to a task', () => {
  it('is read as strictly as an import: too long a link, title or description is refused', async () => {
    const { readTaskLink, MAX_TITLE, MAX_DESCRIPTION, MAX_FRAGMENT } = await import('../../content/task-draft');
    expect(readTaskLink('#opgave=drift%3D3&task=Ny')).toEqual({ state: { weights: { faglighed: 0, innovation: 0, mening: 0, drift: 3 }, task: 'Ny', description: '' } });
    expect(readTaskLink(`#opgave=drift%3D3&task=${'x'.repeat(MAX_TITLE + 1)}`)).toEqual({ problem: 'too-long' });
    expect(readTaskLink(`#opgave=drift%3D3&description=${'x'.repeat(MAX_DESCRIPTION + 1)}`)).toEqual({ problem: 'too-long' });
    expect(readTaskLink(`#opgave=drift%3D3&task=${'x'.repeat(MAX_FRAGMENT)}`)).toEqual({ problem: 'too-long' });
    expect(readTaskLink(`#${'x'.repeat(MAX_FRAGMENT + 1)}`)).toBeUndefined();
    expect(readTaskLink('#drift')).toBeUndefined();
  });
});
