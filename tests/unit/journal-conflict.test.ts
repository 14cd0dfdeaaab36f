/**
 * A stale tab cannot overwrite a saved note (#27, case 2): two journals on one store (two tabs, with different
 * draft keys, so not even the draft notice warns), both editing one note. The second save is refused, nothing of the
 * first is lost, and the person sees both versions and chooses.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { emptyAreas } from '../../content/journal';
import { $, $$, query, resetDocument, textOf } from './element-helpers';

if (!customElements.get('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);
useFreshIndexedDB();
beforeEach(() => {
  resetDocument();
  localStorage.clear();
});

async function tab(key: string): Promise<LgReflectionJournal> {
  const el = document.createElement('lg-reflection-journal');
  el.setAttribute('draft-key', key);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function openNote(el: LgReflectionJournal): Promise<void> {
  $$<HTMLButtonElement>(el, '.entries button').find((b) => /^Redigér/.test(b.getAttribute('aria-label') ?? ''))!.click();
  await el.updateComplete;
}

async function type(el: LgReflectionJournal, id: string, value: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function saveIn(el: LgReflectionJournal): Promise<void> {
  await el.save();
  await el.updateComplete;
}

async function twoTabsOnOneNote() {
  const store = await openJournalStore();
  const note = await store.save({ areas: { ...emptyAreas(), drift: { level: 1, strengths: 'Fast mødeplan', develop: '' } } });
  store.close();
  const a = await tab('draft-a');
  const b = await tab('draft-b');
  await openNote(a);
  await openNote(b);
  await type(a, 'drift-strengths', 'Fast mødeplan, og referat samme dag');
  await new Promise((r) => setTimeout(r, 5)); // a later moment: a new version
  await saveIn(a);
  await type(b, 'drift-develop', 'Uddelegere mere');
  await saveIn(b);
  return { a, b, id: note.id };
}

const kept = async (id: string) => {
  const store = await openJournalStore();
  const note = (await store.list()).find((e) => e.id === id)!;
  store.close();
  return note.areas.drift;
};

describe('two tabs on one note', () => {
  it('refuses the stale save, keeps the first, and shows both versions where they differ', async () => {
    const { b, id } = await twoTabsOnOneNote();
    expect(await kept(id)).toEqual({ level: 1, strengths: 'Fast mødeplan, og referat samme dag', develop: '' });
    expect(textOf($(b, '#form-msg'))).toMatch(/er gemt i en anden fane, siden du begyndte på det her\. Intet er gemt endnu\./);
    const rows = $$(b, '[part="conflict"] tbody tr').map((r) => [...r.children].map((c) => textOf(c)));
    expect(rows).toEqual([
      [expect.stringContaining('Hvor er mine styrker?'), 'Fast mødeplan', 'Fast mødeplan, og referat samme dag'],
      [expect.stringContaining('Hvor har jeg brug for at udvikle mig?'), 'Uddelegere mere', '–'],
    ]);
    expect(b.shadowRoot!.activeElement?.id).toBe('conflict-keep');
  });

  it('"Brug den anden fanes udgave" takes the other version into the form; nothing is written', async () => {
    const { b, id } = await twoTabsOnOneNote();
    $(b, '#conflict-take').click();
    await b.updateComplete;
    expect(query(b, '[part="conflict"]')).toBeNull();
    expect($<HTMLTextAreaElement>(b, '#drift-strengths').value).toBe('Fast mødeplan, og referat samme dag');
    expect($<HTMLTextAreaElement>(b, '#drift-develop').value).toBe('');
    expect(await kept(id)).toEqual({ level: 1, strengths: 'Fast mødeplan, og referat samme dag', develop: '' });
    // the form is now based on the current version: saving it goes through
    await type(b, 'drift-develop', 'Uddelegere mere');
    await saveIn(b);
    expect(await kept(id)).toEqual({ level: 1, strengths: 'Fast mødeplan, og referat samme dag', develop: 'Uddelegere mere' });
  });

  it('"Gem min udgave" saves this form over the other version, as chosen', async () => {
    const { b, id } = await twoTabsOnOneNote();
    $(b, '#conflict-keep').click();
    await b.updateComplete;
    await b.updateComplete;
    expect(await kept(id)).toEqual({ level: 1, strengths: 'Fast mødeplan', develop: 'Uddelegere mere' });
    expect(query(b, '[part="conflict"]')).toBeNull();
  });
});
