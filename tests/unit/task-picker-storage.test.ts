/** <lg-task-picker>: saved tasks (IndexedDB through fake-indexeddb, a fresh database per test), import and export. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sealFile } from '../../content/sealed';
import { openTaskStore } from '../../components/shared/task-store';
import { exportTasks, type SavedTask } from '../../content/task-file';
import type { Weights } from '../../content/task-weights';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { browserKeepsStorage, captureDownloads, query, textOf } from './element-helpers';
import { $, $$, type LgTaskPicker, button, checked, flush, picker, radio, recordEvents, type, until, usePickerTest } from './task-picker-helpers';
import { savedTask } from './records';
import { exportBackup } from '../../content/backup';

usePickerTest();
afterEach(() => {
  vi.useRealTimers();
});

const status = (el: LgTaskPicker) => textOf($(el, '[role="status"]'));
const rows = (el: LgTaskPicker) => $$(el, '[part="saved"] li');
const rowTitles = (el: LgTaskPicker) => rows(el).map((li) => textOf(li.querySelector('strong')));
/** Waits until the store has been opened and listed. */
const ready = (el: LgTaskPicker) => until(el, () => !!el.shadowRoot!.querySelector('[part="saved"] ul, [part="saved"] p'));

async function write(el: LgTaskPicker, title: string, area: string, n: number) {
  type($<HTMLInputElement>(el, '#task'), title);
  radio(el, area, n).click();
  await el.updateComplete;
}

async function save(el: LgTaskPicker) {
  const before = status(el);
  button(el, 'Gem').click();
  await until(el, () => status(el) !== before || /gemt/.test(status(el)));
}

/** A file input change as the browser does it after the person picks a file. */
async function pickFile(el: LgTaskPicker, content: string) {
  const input = $<HTMLInputElement>(el, 'input[type=file]');
  const file = new File([content], 'opgaver.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  const before = status(el);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await flush(el, 10);
  // reading the saved tasks to plan the import takes a moment more
  await until(el, () => (status(el) !== before && status(el) !== '') || !!el.shadowRoot!.querySelector('[part="question"]')).catch(() => {});
}

/** Two tasks saved through the form, as a person does: Første (drift) and Anden (mening). */
async function saveTwo(el: LgTaskPicker): Promise<void> {
  await write(el, 'Første', 'drift', 3);
  await save(el);
  button(el, 'Ny opgave').click();
  await write(el, 'Anden', 'mening', 2);
  await save(el);
}

const task = (id: string, title: string, updatedAt: string, weights: Weights = { faglighed: 0, innovation: 3, mening: 0, drift: 1 }): SavedTask =>
  savedTask({ id, title, description: `Om ${title}`, weights, updatedAt });

describe('saved tasks', () => {
  it('save → listed newest first → open → edit → save updates the same task → delete with confirmation', async () => {
    const el = await picker();
    await ready(el);
    expect(textOf($(el, '[part="saved"] h3'))).toBe('Gemte opgaver');
    expect(textOf($(el, '[part="saved"] p'))).toBe('Ingen gemte opgaver endnu.');
    expect(el.shadowRoot!.querySelector('[part="notice"]')).toBeNull();

    await write(el, 'Første opgave', 'faglighed', 3);
    await save(el);
    expect(status(el)).toBe('Opgaven er gemt.');
    await new Promise((r) => setTimeout(r, 5)); // a later updatedAt
    button(el, 'Ny opgave').click();
    await el.updateComplete;
    await write(el, 'Anden opgave', 'mening', 2);
    await save(el);
    expect(status(el)).toBe('Opgaven er gemt.');
    expect(rowTitles(el)).toEqual(['Anden opgave', 'Første opgave']);
    const meta = textOf(rows(el)[1].querySelector('.meta'));
    expect(meta).toMatch(/^Ændret .+ · Faglighed$/);
    expect(rows(el)[0].getAttribute('aria-current')).toBe('true');
    expect(textOf(rows(el)[0].querySelector('.meta'))).toContain('åben nu');
    const time = rows(el)[0].querySelector('time')!;
    expect(textOf(time)).toBe(new Intl.DateTimeFormat('da', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time.getAttribute('datetime')!)));

    const store = await openTaskStore();
    const [second, first] = await store.list();
    expect(first.title).toBe('Første opgave');

    // open the older one: it is loaded for editing, with input and change
    const rec = recordEvents();
    const open = [...rows(el)[1].querySelectorAll('button')].find((b) => textOf(b).startsWith('Åbn'))!;
    expect(textOf(open)).toBe('Åbn Første opgave'); // the title is in the button's name (visually hidden)
    open.click();
    await el.updateComplete;
    expect([rec.count('input'), rec.count('change')]).toEqual([1, 1]);
    rec.stop();
    expect(el.task).toBe('Første opgave');
    expect(checked(el)).toEqual({ faglighed: 3, innovation: 0, mening: 0, drift: 0 });
    expect(status(el)).toBe('Åbnet: Første opgave');

    // edit and save: the same id, now the newest
    await new Promise((r) => setTimeout(r, 5));
    await write(el, 'Første opgave, rettet', 'drift', 1);
    await save(el);
    expect(status(el)).toBe('Ændringerne er gemt.');
    const after = await store.list();
    expect(after.map((t) => t.id)).toEqual([first.id, second.id]);
    expect(after[0]).toMatchObject({ title: 'Første opgave, rettet', weights: { faglighed: 3, innovation: 0, mening: 0, drift: 1 }, createdAt: first.createdAt });
    expect(rowTitles(el)).toEqual(['Første opgave, rettet', 'Anden opgave']);

    // delete asks inline; Cancel keeps it
    button(el, 'Slet Anden').click();
    await el.updateComplete;
    expect(textOf(rows(el)[1])).toContain('Slet opgaven for altid?');
    expect($(el, '#yes').getAttribute('aria-describedby')).toBe('confirm-q');
    button(el, 'Annullér').click();
    await el.updateComplete;
    expect(rowTitles(el)).toEqual(['Første opgave, rettet', 'Anden opgave']);
    expect(el.shadowRoot!.querySelector('#yes')).toBeNull();
    // confirm deletes
    button(el, 'Slet Anden').click();
    await el.updateComplete;
    button(el, 'Ja, slet').click();
    await until(el, () => rows(el).length === 1);
    expect(status(el)).toBe('Opgaven er slettet.');
    expect((await store.list()).map((t) => t.title)).toEqual(['Første opgave, rettet']);
    store.close();
  });

  it('the saved list is in English with a British English date (the one formatter of content/format)', async () => {
    const store = await openTaskStore();
    await store.restore([task('a', 'Library evenings', '2025-03-04T10:30:00.000Z')]);
    store.close();
    const el = await picker('lang="en"');
    await ready(el);
    expect(textOf($(el, '[part="saved"] h3'))).toBe('Saved tasks');
    const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2025-03-04T10:30:00.000Z'));
    expect(textOf(rows(el)[0].querySelector('.meta'))).toBe(`Changed ${when} · Innovation`);
  });

  it('hundreds of saved tasks: the newest 20 first, then 20 more or all when asked (in English too)', async () => {
    const store = await openTaskStore();
    await store.restore(Array.from({ length: 130 }, (_, i) => task(`t${i}`, `Opgave ${i}`, new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString())));
    store.close();
    const el = await picker('lang="en"');
    await ready(el);
    expect(rows(el)).toHaveLength(20);
    expect(rowTitles(el)[0]).toBe('Opgave 129');
    expect(textOf($(el, '#saved-paging span'))).toBe('Showing the 20 newest of 130.');
    button(el, 'Show 20 more').click();
    await until(el, () => rows(el).length === 40);
    button(el, 'Show all 130').click();
    await until(el, () => rows(el).length === 130);
    expect(el.shadowRoot!.querySelector('#saved-paging')).toBeNull();
  });

  it('reads only the tasks it shows: the newest window and a count, not the whole list, until all are asked for', async () => {
    const store = await openTaskStore();
    await store.restore(Array.from({ length: 60 }, (_, i) => task(`t${i}`, `Opgave ${i}`, new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString())));
    store.close();
    const readAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const el = await picker();
    await ready(el);
    expect(rows(el)).toHaveLength(20);
    expect(textOf($(el, '#saved-paging span'))).toBe('Viser de 20 nyeste af 60.');
    button(el, 'Vis 20 mere').click();
    await until(el, () => rows(el).length === 40);
    expect(rowTitles(el).slice(18, 22)).toEqual(['Opgave 41', 'Opgave 40', 'Opgave 39', 'Opgave 38']);
    expect(readAll).not.toHaveBeenCalled();
    button(el, 'Vis alle 60').click();
    await until(el, () => rows(el).length === 60);
    expect(readAll).toHaveBeenCalled();
  });

  it('exports, downloads and updates a task that is no longer among those shown', async () => {
    const { blobs } = captureDownloads();
    const store = await openTaskStore();
    const created = '2024-05-01T08:00:00.000Z';
    await store.restore([{ ...task('old', 'Den ældste', '2024-06-01T08:00:00.000Z'), createdAt: created }]);
    const el = await picker();
    await ready(el);
    button(el, 'Åbn Den ældste').click();
    await el.updateComplete;
    // another tab saves 30 newer tasks: the one open in the form is no longer among the 20 shown
    await store.restore(Array.from({ length: 30 }, (_, i) => task(`t${i}`, `Opgave ${i}`, new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString())));
    await until(el, () => rowTitles(el)[0] === 'Opgave 29');
    expect(rowTitles(el)).not.toContain('Den ældste');

    button(el, 'Eksportér alle gemte (JSON)').click();
    await until(el, () => blobs.length === 1);
    expect(JSON.parse(await blobs[0].text()).tasks).toHaveLength(31);
    expect(status(el)).toBe('31 opgaver er eksporteret som JSON-fil.');

    button(el, 'Eksportér (JSON)').click();
    await until(el, () => blobs.length === 2);
    expect(JSON.parse(await blobs[1].text()).tasks[0]).toMatchObject({ id: 'old', title: 'Den ældste', createdAt: created });

    await save(el);
    expect(status(el)).toBe(STRINGS.da.updated);
    expect(rowTitles(el)[0]).toBe('Den ældste');
    expect(textOf($(el, '#saved-paging span'))).toBe('Viser de 20 nyeste af 31.');
    store.close();
  });

  it('opens the store lazily: not in the constructor, not when readonly or no-storage', async () => {
    const open = vi.spyOn(globalThis.indexedDB, 'open');
    const el = document.createElement('lg-task-picker');
    expect(open).not.toHaveBeenCalled();
    const ro = await picker('readonly');
    await flush(ro);
    expect(open).not.toHaveBeenCalled();
    const ns = await picker('no-storage');
    await flush(ns);
    expect(open).not.toHaveBeenCalled();
    expect(ns.shadowRoot!.querySelector('[part="saved"]')).toBeNull();
    expect($$(ns, 'button').map(textOf)).not.toContain('Gem');
    expect($$(ns, 'button').map(textOf)).toContain('Kopiér som Markdown');
    document.body.append(el);
    await until(el as LgTaskPicker, () => open.mock.calls.length > 0);
  });

  it('when IndexedDB is unavailable: says visibly that nothing will be kept, and the picker still works', async () => {
    globalThis.indexedDB = undefined as never;
    const el = await picker();
    await ready(el);
    const notice = $(el, '[part="notice"]');
    expect(textOf(notice)).toBe(STRINGS.da.noStore);
    await write(el, 'Midlertidig', 'innovation', 2);
    expect(el.value).toBe('faglighed=0&innovation=2&mening=0&drift=0');
    await save(el);
    expect(status(el)).toBe('Opgaven er kun gemt, indtil du lukker siden.');
    expect($(el, '[role="status"]').classList.contains('error')).toBe(true);
    expect(rowTitles(el)).toEqual(['Midlertidig']);
  });

  it('when IndexedDB refuses (e.g. private mode): the same, in English', async () => {
    globalThis.indexedDB = { open: () => { throw new DOMException('no', 'SecurityError'); } } as never;
    const el = await picker('lang="en"');
    await ready(el);
    expect(textOf($(el, '[part="notice"]'))).toBe(STRINGS.en.noStore);
  });
});

describe('import and export', () => {
  it('a malformed file shows what is wrong and changes nothing', async () => {
    const el = await picker('task="Min opgave" value="drift=2"');
    await ready(el);
    const rec = recordEvents();
    for (const bad of ['{ nope', '{"format":"something-else"}', JSON.stringify({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [{ id: 'x' }] })]) {
      await pickFile(el, bad);
      expect(status(el)).toMatch(/^Filen kan ikke bruges, og intet er ændret\. ./);
      expect($(el, '[role="status"]').classList.contains('error')).toBe(true);
      expect([el.task, el.value]).toEqual(['Min opgave', 'faglighed=0&innovation=0&mening=0&drift=2']);
    }
    // What is wrong is said in the picker's language, like the rest of it.
    expect(status(el)).toContain('opgave 1: title skal være en tekst');
    expect(rec.events).toEqual([]);
    rec.stop();
    expect((await (await openTaskStore()).list()).length).toBe(0);
  });

  it('an encrypted file is pointed to where its passphrase can be entered, and changes nothing', async () => {
    const el = await picker('task="Min opgave" value="drift=2"');
    await ready(el);
    const sealed = await sealFile(exportTasks([task('s-1', 'Hemmelig', '2025-02-02T10:00:00.000Z')]), 'en lang sætning', 100_000);
    await pickFile(el, sealed!);
    expect(status(el)).toBe(
      'Filen kan ikke bruges, og intet er ændret. filen er krypteret med en adgangskode: importér den i Min refleksion eller i udvidelsens indstillinger, hvor du kan skrive adgangskoden',
    );
    expect(el.task).toBe('Min opgave');
  });

  it('a file with one task loads it into the picker', async () => {
    const el = await picker();
    await ready(el);
    const rec = recordEvents();
    await pickFile(el, exportTasks([task('imp-1', 'Fra fil', '2025-02-02T10:00:00.000Z')]));
    expect(status(el)).toBe('Opgaven fra filen er indlæst.');
    expect([el.task, el.description, el.value]).toEqual(['Fra fil', 'Om Fra fil', 'faglighed=0&innovation=3&mening=0&drift=1']);
    expect([rec.count('input'), rec.count('change')]).toEqual([1, 1]);
    rec.stop();
    // saving it keeps its id
    await save(el);
    expect((await (await openTaskStore()).list()).map((t) => t.id)).toEqual(['imp-1']);
  });

  it('a file with several tasks says first what it would do, and saves them all on a yes', async () => {
    const el = await picker('task="Uændret"');
    await ready(el);
    await pickFile(el, exportTasks([task('a', 'A', '2025-02-01T10:00:00.000Z'), task('b', 'B', '2025-02-03T10:00:00.000Z'), task('c', 'C', '2025-02-02T10:00:00.000Z')]));
    expect(textOf($(el, '#question-q'))).toBe('Filen har 3 opgaver: 3 nye, 0 nyere end den gemte, 0 springes over (findes allerede, eller den gemte er nyere).');
    expect(el.shadowRoot!.activeElement?.id).toBe('question-yes');
    expect(rows(el)).toHaveLength(0);
    $<HTMLButtonElement>(el, '#question-yes').click();
    await flush(el, 10);
    expect(query(el, '[part="question"]')).toBeNull();
    expect(status(el)).toBe('3 opgaver er importeret og gemt.');
    expect(rowTitles(el)).toEqual(['B', 'C', 'A']);
    expect(el.task).toBe('Uændret');
  });

  it('never puts an older task over a newer one: an export imported after a change keeps the change', async () => {
    const el = await picker();
    await ready(el);
    await saveTwo(el);
    const store = await openTaskStore();
    const exported = exportTasks(await store.list());
    // the second is changed and saved after the export
    await new Promise((r) => setTimeout(r, 5));
    await write(el, 'Anden, rettet', 'mening', 3);
    await save(el);
    await until(el, () => status(el) === 'Ændringerne er gemt.');
    await pickFile(el, exported);
    expect(status(el)).toBe(STRINGS.da.importNothing(2));
    expect(query(el, '[part="question"]')).toBeNull();
    expect((await store.list()).map((t) => t.title).sort()).toEqual(['Anden, rettet', 'Første']);
    // a file with one newer and one older task offers the newer one only
    const [first] = (await store.list()).filter((t) => t.title === 'Første');
    await pickFile(el, exportTasks([{ ...first, title: 'Første, nyere', updatedAt: '2099-01-01T00:00:00.000Z' }, ...JSON.parse(exported).tasks.filter((t: SavedTask) => t.title === 'Anden')]));
    expect(textOf($(el, '#question-q'))).toBe('Filen har 2 opgaver: 0 nye, 1 nyere end den gemte, 1 springes over (findes allerede, eller den gemte er nyere).');
    expect(textOf($(el, '#question-yes'))).toBe('Importér 1 opgave');
    $<HTMLButtonElement>(el, '#question-yes').click();
    await flush(el, 10);
    expect((await store.list()).map((t) => t.title).sort()).toEqual(['Anden, rettet', 'Første, nyere']);
    store.close();
  });

  it('importing one task asks before it replaces unsaved work; "Behold min" keeps it, and nothing is imported', async () => {
    const el = await picker();
    await ready(el);
    await write(el, 'Det, jeg skriver', 'drift', 2);
    await pickFile(el, exportTasks([task('imp-1', 'Fra fil', '2025-02-02T10:00:00.000Z')]));
    expect(textOf($(el, '#question-q'))).toBe(STRINGS.da.importReplace);
    expect(el.task).toBe('Det, jeg skriver');
    $<HTMLButtonElement>(el, '#question-no').click();
    await flush(el, 5);
    expect(el.task).toBe('Det, jeg skriver');
    expect(status(el)).toBe(STRINGS.da.importCancelled);
    expect(el.shadowRoot!.activeElement?.id).toBe('import');
    await pickFile(el, exportTasks([task('imp-1', 'Fra fil', '2025-02-02T10:00:00.000Z')]));
    $<HTMLButtonElement>(el, '#question-yes').click();
    await flush(el, 5);
    expect(el.task).toBe('Fra fil');
    expect(status(el)).toBe('Opgaven fra filen er indlæst.');
  });

  it('with no-storage, a file with several tasks loads the first and says the rest are not kept', async () => {
    const el = await picker('no-storage');
    await pickFile(el, exportTasks([task('a', 'A', '2025-02-01T10:00:00.000Z'), task('b', 'B', '2025-02-03T10:00:00.000Z')]));
    expect(el.task).toBe('A');
    expect(status(el)).toBe(STRINGS.da.importedFirst(2));
  });

  it('an empty task list changes nothing', async () => {
    const el = await picker('task="X"');
    await pickFile(el, exportTasks([]));
    expect(status(el)).toBe('Filen indeholder ingen opgaver. Intet er ændret.');
    expect(el.task).toBe('X');
  });

  it('the Import button opens the file chooser; the file input itself is hidden and out of the tab order', async () => {
    const el = await picker();
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    expect(input.hidden).toBe(true);
    const click = vi.spyOn(input, 'click').mockImplementation(() => {});
    button(el, 'Importér (JSON)').click();
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('Eksportér (JSON) exports the current task in the import format, named after its title', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const el = await picker('task="Æbler & pærer" description="D" value="mening=3"');
    button(el, 'Eksportér (JSON)').click();
    await el.updateComplete;
    expect(clicked[0].download).toBe('Æbler-pærer.json');
    const text = await blobs[0].text();
    const data = JSON.parse(text);
    expect(data.format).toBe('ledelsesgrundlag-tasks');
    expect(data.tasks).toHaveLength(1);
    expect(data.tasks[0]).toMatchObject({ title: 'Æbler & pærer', description: 'D', weights: { faglighed: 0, innovation: 0, mening: 3, drift: 0 } });
    expect(status(el)).toBe('Opgaven er eksporteret som JSON-fil.');
    // and it imports again
    const back = await picker();
    await pickFile(back, text);
    expect([back.task, back.value]).toEqual(['Æbler & pærer', 'faglighed=0&innovation=0&mening=3&drift=0']);
  });
});

describe('asking the browser to keep the tasks', () => {
  const persistence = (el: LgTaskPicker) => el.shadowRoot!.querySelector('[part="persistence"]');
  const browserAnswers = browserKeepsStorage;
  afterEach(() => vi.unstubAllGlobals());

  it('asks once, after the first save, and says calmly, when the browser has not promised to keep them, where they are and what to do', async () => {
    const persist = browserAnswers(false);
    const el = await picker();
    await ready(el);
    expect(persist).not.toHaveBeenCalled();
    await write(el, 'Budget 2027', 'drift', 3);
    await save(el);
    await until(el, () => !!persistence(el));
    expect(textOf(persistence(el))).toBe(STRINGS.da.persistence.denied);
    // said calmly: where the tasks are and what to do, not an alarm about deletion
    expect(textOf(persistence(el))).toMatch(/^Dine opgaver er gemt her i browseren\..*eksportér en kopi en gang imellem/);
    expect(textOf(persistence(el))).not.toMatch(/ikke lovet|slette/);
    await save(el);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser has promised, in English too', async () => {
    browserAnswers(true);
    const el = await picker('lang="en"');
    await ready(el);
    await write(el, 'Budget', 'drift', 3);
    button(el, 'Save').click();
    await until(el, () => !!persistence(el));
    expect(textOf(persistence(el))).toBe(STRINGS.en.persistence.granted);
  });

  it('shows nothing where the browser cannot be asked', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: undefined }));
    const el = await picker();
    await ready(el);
    await write(el, 'Budget', 'drift', 3);
    await save(el);
    await flush(el, 5);
    expect(persistence(el)).toBeNull();
  });
});

describe('importing a backup file', () => {
  it('takes its tasks and says so', async () => {
    const el = await picker();
    await ready(el);
    const backup = exportBackup({ tasks: [savedTask({ id: 'a', title: 'Første' }), savedTask({ id: 'b', title: 'Anden' })], entries: [] }, new Date());
    await pickFile(el, backup);
    $<HTMLButtonElement>(el, '#question-yes').click();
    await until(el, () => rows(el).length === 2);
    expect(rowTitles(el).sort()).toEqual(['Anden', 'Første']);
    expect(status(el)).toBe(STRINGS.da.importedAll(2));
  });
});

describe('exporting every saved task', () => {
  it('writes one tasks file with all of them, which imports again', async () => {
    const { names, blobs } = captureDownloads();
    const el = await picker();
    await ready(el);
    await saveTwo(el);
    await until(el, () => rows(el).length === 2);
    button(el, 'Eksportér alle gemte (JSON)').click();
    await el.updateComplete;
    expect(names).toEqual(['ledelsesgrundlag-opgaver.json']);
    const data = JSON.parse(await blobs[0].text());
    expect(data.tasks.map((t: SavedTask) => t.title).sort()).toEqual(['Anden', 'Første']);
    expect(status(el)).toBe('2 opgaver er eksporteret som JSON-fil.');
  });
});
