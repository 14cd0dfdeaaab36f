import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diskFull, oldTabHolding, useFreshIndexedDB } from './idb-fixtures';
import { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { openTaskStore } from '../../components/shared/task-store';
import { openRoundStore } from '../../components/shared/round-store';
import { newRoundRecord, type Counts } from '../../content/round';
import { IDBFactory } from 'fake-indexeddb';
import { emptyAreas, exportJournal, firstWords, parseJournalImport, QUESTION } from '../../content/journal';
import { getFramework } from '../../content/index';
import { $, $$, browserKeepsStorage, captureDownloads, mount, printedDocument, query, resetDocument, textOf } from './element-helpers';
import { journalEntry, savedTask } from './records';
import { exportBackup } from '../../content/backup';
import { formatDay } from '../../content/format';

if (!customElements.get('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);

/** A clock the test moves: starts on 3 March 2025, 09:30 local time. */
let today = new Date(2025, 2, 3, 9, 30);
const clock = () => new Date(today);

async function journal(attrs = ''): Promise<LgReflectionJournal> {
  document.body.innerHTML = `<lg-reflection-journal ${attrs}></lg-reflection-journal>`;
  const el = document.querySelector('lg-reflection-journal')!;
  el.now = clock;
  await el.updateComplete;
  return el;
}


/** Types into a field the way a person does: the value changes, then an input event. */
async function type(el: LgReflectionJournal, sel: string, value: string) {
  const f = $<HTMLTextAreaElement>(el, sel);
  f.value = value;
  f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: LgReflectionJournal, area: string, level: number | '') {
  const r = $<HTMLInputElement>(el, `input[name="level-${area}"][value="${level}"]`);
  r.checked = true;
  r.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function click(el: LgReflectionJournal, sel: string) {
  $(el, sel).click();
  await el.updateComplete;
}
const buttonByText = (el: Element, text: string) => $$(el, 'button').find((b) => textOf(b) === text)!;
async function press(el: LgReflectionJournal, text: string) {
  const b = buttonByText(el, text);
  if (!b) throw new Error(`no button "${text}"`);
  b.click();
  await el.updateComplete;
}
const draft = () => JSON.parse(localStorage.getItem('lg-journal-draft') ?? 'null');

useFreshIndexedDB();
beforeEach(() => {
  resetDocument();
  localStorage.clear();
  today = new Date(2025, 2, 3, 9, 30);
});
const realLocalStorage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  Object.defineProperty(globalThis, 'localStorage', realLocalStorage);
});

describe('<lg-reflection-journal>', () => {
  it('says, visibly, that the notes stay in this browser — in Danish and in English', async () => {
    const el = await journal();
    // truthfully: on an intranet page other scripts of the site can read the notes; the extension is for private ones
    expect(textOf($(el, '[part="privacy"]'))).toMatch(/^Dine notater gemmes i denne browser og sendes ingen steder hen .* andre scripts på samme websted .* browserudvidelsen til private notater/);
    expect(textOf($(el, 'h2'))).toBe('Min refleksion');
    expect(query(el, '[part="problem"]')).toBeNull();
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf($(el, '[part="privacy"]'))).toMatch(/^Your notes are kept in this browser and sent nowhere .* other scripts on the same site can read them/);
  });

  it('asks, for each area, where am I now (in words), my strengths and where I need to develop', async () => {
    const el = await journal();
    const areas = $$(el, 'fieldset[part="area"]');
    expect(areas.map((f) => textOf(f.querySelector('legend')))).toEqual([
      'Vi vil lede fagligt kompetente fællesskaber',
      'Vi vil lede innovative fællesskaber, hvor vi skaber sammen',
      'Vi vil lede meningsfulde og rummelige fællesskaber',
      'Vi vil lede fællesskaber præget af sikker drift og ordentlighed',
    ]);
    const first = areas[0];
    // the group named with its area too (four groups named only "Hvor er jeg nu?" could not be told apart)
    expect(textOf(first.querySelector('.scale legend'))).toBe('Hvor er jeg nu? (Faglighed)');
    expect(first.querySelector('.scale legend .visually-hidden')).not.toBeNull();
    expect([...first.querySelectorAll('.step')].map(textOf)).toEqual(['Ikke vurderet', 'Begyndende', 'På vej', 'Godt i gang', 'En styrke']);
    expect([...first.querySelectorAll('.field label')].map(textOf)).toEqual(['Hvor er mine styrker?', 'Hvor har jeg brug for at udvikle mig?']);
    // every field has a label
    for (const t of $$(el, 'textarea')) expect(query(el, `label[for="${t.id}"]`)).not.toBeNull();
    expect(textOf($(el, 'label[for="answer-talk"]'))).toBe(
      'Hvor er det særligt vigtigt, at jeg udvikler mig for at leve op til forventningerne om god ledelse?',
    );
  });

  it('keeps what is typed as a draft, restores it after a reload, and clears it on save', async () => {
    let el = await journal();
    await choose(el, 'mening', 2);
    await type(el, '#mening-strengths', 'Vi har en fælles retning');
    await type(el, '#answer-talk', 'At uddelegere');
    expect(draft().content.areas.mening).toEqual({ level: 2, strengths: 'Vi har en fælles retning', develop: '' });
    expect(draft().content.answers[QUESTION.talk]).toBe('At uddelegere');

    // "reload": a new element on a new page
    el = await journal();
    expect($<HTMLTextAreaElement>(el, '#mening-strengths').value).toBe('Vi har en fælles retning');
    expect($<HTMLInputElement>(el, 'input[name="level-mening"][value="2"]').checked).toBe(true);
    expect(textOf($(el, '.restored'))).toBe('Din kladde fra sidst er hentet frem.');

    const changes: string[] = [];
    el.addEventListener('lg-journal-change', (e) => changes.push(e.detail.action));
    await el.save();
    expect(textOf($(el, '#form-msg'))).toBe('Notatet fra 3. marts 2025 er gemt.');
    expect(localStorage.getItem('lg-journal-draft')).toBeNull();
    expect($<HTMLTextAreaElement>(el, '#mening-strengths').value).toBe('');
    expect(changes).toEqual(['save']);
    const [entry] = await el.entries();
    expect(entry).toMatchObject({ date: '2025-03-03', areas: { mening: { level: 2, strengths: 'Vi har en fælles retning' } } });
  });

  it('keeps one draft per draft-key', async () => {
    const el = await journal('draft-key="min-anden"');
    await type(el, '#drift-develop', 'x');
    expect(localStorage.getItem('min-anden')).toContain('"develop":"x"');
    expect(localStorage.getItem('lg-journal-draft')).toBeNull();
  });

  it('does not save an empty note', async () => {
    const el = await journal();
    expect(await el.save()).toBeUndefined();
    expect(textOf($(el, '#form-msg'))).toBe('Vælg et trin eller skriv noget, før du gemmer.');
    expect(await el.entries()).toEqual([]);
  });

  it('shows two entries from different days in the history: a chart per area with a text alternative, and a table', async () => {
    const el = await journal();
    await choose(el, 'faglighed', 0);
    await el.save();
    today = new Date(2025, 2, 17, 14, 0);
    await choose(el, 'faglighed', 2);
    await type(el, '#faglighed-strengths', 'Bedre sparring');
    await el.save();
    const charts = $$(el, 'figure[part="chart"]');
    expect(charts).toHaveLength(4);
    const img = charts[0].querySelector('svg')!;
    expect(img.getAttribute('role')).toBe('img');
    expect(img.getAttribute('aria-label')).toBe('Vi vil lede fagligt kompetente fællesskaber: 3. marts 2025: Begyndende; 17. marts 2025: Godt i gang');
    expect(img.querySelectorAll('circle')).toHaveLength(2);
    expect(charts[1].querySelector('svg')!.getAttribute('aria-label')).toBe('Vi vil lede innovative fællesskaber, hvor vi skaber sammen: endnu ikke vurderet.');
    const rows = $$(el, 'table[part="table"] tbody tr').map((r) => [...r.children].map(textOf));
    expect(rows).toEqual([
      ['3. marts 2025', 'Begyndende (1 af 4)', 'Ikke vurderet', 'Ikke vurderet', 'Ikke vurderet'],
      ['17. marts 2025', 'Godt i gang (3 af 4)', 'Ikke vurderet', 'Ikke vurderet', 'Ikke vurderet'],
    ]);
    // side by side: the earlier and the later, with what changed
    const first = $$(el, 'table.side-by-side')[0];
    expect([...first.querySelectorAll('thead th')].map(textOf)).toEqual(['3. marts 2025', '17. marts 2025']);
    expect([...first.querySelector('tbody tr')!.children].map(textOf)).toEqual(['Hvor er jeg nu?', 'Begyndende (1 af 4)', 'Godt i gang (3 af 4) (Fremgang)']);
    // newest first in the list
    expect($$(el, '.entries .entry-date').map(textOf)).toEqual(['Notat fra 17. marts 2025', 'Notat fra 3. marts 2025']);
  });

  it('edits an entry, keeping its date', async () => {
    const el = await journal();
    await type(el, '#innovation-develop', 'Eksperimentere mere');
    await el.save();
    today = new Date(2025, 3, 1, 10, 0);
    $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Redigér notatet fra 3. marts 2025')!.click();
    await el.updateComplete;
    expect(textOf($(el, '#write-heading'))).toBe('Redigér notatet fra 3. marts 2025');
    expect($<HTMLTextAreaElement>(el, '#innovation-develop').value).toBe('Eksperimentere mere');
    await type(el, '#innovation-develop', 'Eksperimentere mere, sammen med borgerne');
    await el.save();
    const all = await el.entries();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ date: '2025-03-03', areas: { innovation: { develop: 'Eksperimentere mere, sammen med borgerne' } } });
  });

  it('deletes one entry after asking', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'x');
    await el.save();
    $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Slet notatet fra 3. marts 2025')!.click();
    await el.updateComplete;
    expect(textOf($(el, '#confirm-text'))).toBe('Vil du slette notatet fra 3. marts 2025? Det kan ikke fortrydes.');
    await press(el, 'Annullér');
    expect(await el.entries()).toHaveLength(1);
    $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Slet notatet fra 3. marts 2025')!.click();
    await el.updateComplete;
    await press(el, 'Ja, slet notatet');
    expect(await el.entries()).toEqual([]);
  });

  it('exports, deletes all (after asking), and imports the export back: the same entries', async () => {
    const el = await journal();
    await choose(el, 'mening', 3);
    await el.save();
    today = new Date(2025, 2, 10);
    await type(el, '#answer-overall', 'Mest drift');
    await el.save();
    const before = await el.entries();
    const json = await el.exportJson();
    expect(parseJournalImport(json)).toEqual({ ok: true, entries: before });
    expect(await el.exportMarkdown()).toContain('## Refleksion 10. marts 2025');

    await click(el, '#delete-all');
    expect(textOf($(el, '#confirm-all-text'))).toBe(
      'Vil du slette alle 2 notater i denne browser? Det kan ikke fortrydes. Eksportér først, hvis du vil beholde en kopi.',
    );
    await click(el, '#confirm-all');
    expect(await el.entries()).toEqual([]);
    expect(textOf($(el, '#data-msg'))).toBe('Alle notater er slettet.');

    const plan = await el.previewImport(json);
    expect(plan?.items.map((i) => i.status)).toEqual(['new', 'new']);
    expect($$(el, '.plan li').map(textOf)).toEqual(['3. marts 2025 – nyt', '10. marts 2025 – nyt']);
    expect(await el.entries()).toEqual([]); // a preview writes nothing
    await click(el, '#import-do');
    expect(await el.entries()).toEqual(before);
    expect(textOf($(el, '#data-msg'))).toBe('2 notater er importeret.');
  });

  it('downloads the export from its buttons (JSON and Markdown), named by the date', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'x');
    await el.save();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await click(el, '#export-json');
    await click(el, '#export-md');
    expect(names).toEqual(['ledelsesgrundlag-refleksion-2025-03-03.json', 'ledelsesgrundlag-refleksion-2025-03-03.md']);
    expect(parseJournalImport(await blobs[0].text())).toEqual({ ok: true, entries: await el.entries() });
    expect(await blobs[1].text()).toMatch(/^# Min refleksion\n/);
    expect(textOf($(el, '#data-msg'))).toBe('ledelsesgrundlag-refleksion-2025-03-03.md er eksporteret.');
  });

  it('recognises duplicates when the same file is imported again', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'x');
    await el.save();
    const json = await el.exportJson();
    const plan = await el.previewImport(json);
    expect(plan?.toWrite).toEqual([]);
    expect($$(el, '.plan li').map(textOf)).toEqual(['3. marts 2025 – findes allerede – springes over']);
    expect(textOf($(el, '#import-result'))).toContain('Alle notater i filen findes allerede.');
    expect(query(el, '#import-do')).toBeNull();
  });

  it('imports through a button like the picker’s, which opens the hidden file field', async () => {
    const el = await journal();
    const input = $<HTMLInputElement>(el, '#import-file');
    expect(input.hidden).toBe(true);
    const opened = vi.fn();
    input.addEventListener('click', opened);
    const importButton = $<HTMLButtonElement>(el, 'button#import');
    expect(textOf(importButton)).toBe('Importér (JSON)');
    expect(importButton.getAttribute('part')).toBe('button');
    importButton.click();
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('reads the file chosen in the file field', async () => {
    const el = await journal();
    const e = journalEntry('2024-11-11', { id: 'fra-fil', areas: { ...emptyAreas(), faglighed: { level: 1, strengths: '', develop: '' } } });
    const input = $<HTMLInputElement>(el, '#import-file');
    Object.defineProperty(input, 'files', { value: [new File([exportJournal([e])], 'x.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($$(el, '.plan li').map(textOf)).toEqual(['11. november 2024 – nyt']);
  });

  it('refuses a malformed file, saying why in the person’s language, and changes nothing', async () => {
    const el = await journal();
    await el.previewImport('{"format":"ledelsesgrundlag-journal","version":1,"entries":[{"id":"a","date":"2025-02-30"}]}');
    expect(textOf($(el, '#import-result .problem > p'))).toBe('Filen kan ikke importeres. Intet er ændret.');
    expect($$(el, '#import-result .import-problems > ul.issues li').length).toBeGreaterThan(0); // the problems in the same box as their headline
    expect($$(el, '.issues li').map(textOf).slice(0, 2)).toEqual([
      'Notat 1: "2025-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).',
      'Notat 1: mangler tidspunktet »createdAt«.',
    ]);
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf($(el, '.issues li'))).toBe('Note 1: "2025-02-30" is not a valid date (YYYY-MM-DD).');
    expect(await el.entries()).toEqual([]);
  });

  it('puts the group’s picture of our leadership (a round on this computer) beside my latest step on the talk sheet', async () => {
    const rounds = await openRoundStore();
    const counts = { faglighed: [0, 1, 2, 0], innovation: [3, 0, 0, 0], mening: [0, 0, 0, 3], drift: [1, 1, 0, 1] } as Counts;
    await rounds.put({ ...newRoundRecord({ id: 'K7Q2M', topic: 'leadership' }, '', 'ledergruppe', 3, '2026-11-20'), revealed: { counts, people: 3, withheld: [] } });
    // a task round is not a picture of our leadership: not offered
    await rounds.put({ ...newRoundRecord({ id: 'TTTTT', topic: 'task' }, 'Budget', 'ledergruppe', 3, '2026-11-21'), revealed: { counts, people: 3, withheld: [] } });
    rounds.close();
    const el = await journal();
    await choose(el, 'drift', 2);
    await el.save();
    await click(el, '#talk-toggle');
    const select = $<HTMLSelectElement>(el, '#talk-group');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Ingen', '20. november 2026 · 3 svar']);
    expect(query(el, '.self-and-group')).toBeNull();
    select.value = 'K7Q2M';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const rows = $$(el, '.self-and-group tbody tr').map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows[3]).toEqual(['Vi vil lede fællesskaber præget af sikker drift og ordentlighed', 'Godt i gang (3 af 4)', 'Begyndende 1 · På vej 1 · En styrke 1']);
    expect(rows[1][1]).toBe('Ikke vurderet');
    expect(el.talkMarkdown()).toContain('## Mig og gruppen: gruppens billede af vores ledelse (20. november 2026, 3 svar)');
    expect(el.talkMarkdown()).toContain('| Vi vil lede meningsfulde og rummelige fællesskaber | Ikke vurderet | En styrke 3 |');
  });

  it('prepares the talk with my leader: the framework’s question, my answer and my latest entry, printable and as Markdown', async () => {
    const el = await journal();
    await type(el, '#answer-talk', 'At give slip på detaljerne');
    await choose(el, 'drift', 1);
    await el.save();
    await click(el, '#talk-toggle');
    expect($(el, '#talk-toggle').getAttribute('aria-expanded')).toBe('true');
    const sheet = $(el, '#talk-sheet');
    expect(textOf(sheet.querySelector('blockquote'))).toBe(
      'Hvor er det særligt vigtigt, at jeg udvikler mig for at leve op til forventningerne om god ledelse?',
    );
    expect(textOf(sheet)).toContain('At give slip på detaljerne');
    expect(textOf(sheet)).toContain('Hvor jeg står – min seneste refleksion (3. marts 2025)');
    expect($<HTMLTextAreaElement>(el, '#talk-md-text').value).toBe(el.talkMarkdown());
    expect(el.talkMarkdown()).toMatch(/^# Forberedelse til samtalen med min leder\n/);

    // "Udskriv" prints the sheet alone, from a document of its own
    await press(el, 'Udskriv');
    const printed = await printedDocument();
    expect(printed).toMatchObject({ title: 'Forberedelse til samtalen med min leder', lang: 'da' });
    expect(printed.text).toContain('At give slip på detaljerne');
    expect(printed.text).not.toContain('Nyt notat');

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await press(el, 'Kopiér som Markdown');
    await el.updateComplete;
    expect(writeText).toHaveBeenCalledWith(el.talkMarkdown());
    expect(textOf($(el, '.talk .msg'))).toBe('Markdown er kopieret.');
  });

  describe('when things go wrong', () => {
    it('localStorage unavailable: keeps the draft in memory and says so', async () => {
      // as in a browser that blocks site data: merely reading window.localStorage throws
      Object.defineProperty(globalThis, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      let el = await journal('draft-key="memory-test"');
      expect(textOf($(el, '#draft-hint'))).toBe(
        'Kladden kan ikke gemmes i browseren (lokalt lager er ikke tilgængeligt). Gem notatet, før du genindlæser siden.',
      );
      await type(el, '#mening-develop', 'i hukommelsen');
      // the element is replaced (not the page): the draft is still there
      el = await journal('draft-key="memory-test"');
      expect($<HTMLTextAreaElement>(el, '#mening-develop').value).toBe('i hukommelsen');
    });

    it('localStorage full: the draft goes on in memory', async () => {
      const el = await journal();
      vi.stubGlobal('localStorage', {
        getItem: () => null,
        removeItem: () => {},
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      });
      await type(el, '#mening-develop', 'x');
      expect(textOf($(el, '#draft-hint'))).toMatch(/^Kladden kan ikke gemmes i browseren/);
    });

    it('IndexedDB full on save: says so, keeps the text in the form and in the draft; saving again later works', async () => {
      const el = await journal();
      await el.updateComplete;
      await type(el, '#faglighed-strengths', 'En lang tekst, der ikke må gå tabt');
      diskFull();
      await el.save();
      expect(textOf($(el, '[part="problem"]'))).toMatch(/^Der er ikke plads i browserens lager, så notatet blev ikke gemt\. Din tekst er ikke gået tabt/);
      expect($(el, '[part="problem"]').getAttribute('role')).toBe('alert');
      expect(textOf($(el, '#form-msg'))).toBe('Notatet fra 3. marts 2025 er kun gemt i denne fane. Teksten er bevaret som kladde.');
      expect($<HTMLTextAreaElement>(el, '#faglighed-strengths').value).toBe('En lang tekst, der ikke må gå tabt');
      expect(draft().content.areas.faglighed.strengths).toBe('En lang tekst, der ikke må gå tabt');
      const id = draft().id;
      expect(id).toBeTruthy();

      vi.restoreAllMocks();
      await el.save();
      expect(query(el, '[part="problem"]')).toBeNull();
      expect(localStorage.getItem('lg-journal-draft')).toBeNull();
      const all = await el.entries();
      expect(all.map((e) => e.id)).toEqual([id]);
    });

    it('another tab blocks the upgrade: a message, not a hang, and the draft survives', async () => {
      // an old tab holding version 2 open and not letting go
      const other = await oldTabHolding(2, (d) => d.createObjectStore('tasks', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt'));
      const el = document.createElement('lg-reflection-journal');
      el.now = clock;
      const started = Date.now();
      el.store = await openJournalStore({ timeoutMs: 100, now: clock });
      document.body.append(el);
      await el.updateComplete;
      expect(Date.now() - started).toBeLessThan(1000);
      expect(textOf($(el, '[part="problem"]'))).toBe(
        'En anden fane har en ældre udgave af værktøjet åben, så notaterne kan ikke gemmes lige nu. Luk den anden fane, og genindlæs siden. Indtil da gemmes de kun i denne fane.',
      );
      await type(el, '#drift-develop', 'ikke tabt');
      await el.save();
      expect(draft().content.areas.drift.develop).toBe('ikke tabt');
      other.close();
      el.store.close();
    });

    it('no IndexedDB at all: says that nothing will be kept', async () => {
      globalThis.indexedDB = undefined as never;
      const el = await journal();
      expect(textOf($(el, '[part="problem"]'))).toMatch(/^Denne browser lader ikke værktøjet gemme noget/);
    });
  });

  it('warns about a malformed heading-level and uses 2', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount<LgReflectionJournal>('<lg-reflection-journal heading-level="9"></lg-reflection-journal>');
    expect(query(el, 'h2#title')).not.toBeNull();
    expect(textOf($(el, '.notice'))).toMatch(/heading-level/);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('dates and what changed', () => {
  it('dates a note by the date field, and refuses a date in the future', async () => {
    const el = await journal();
    await choose(el, 'drift', 1);
    await type(el, '#entry-date', '2025-03-04');
    await el.save();
    await el.updateComplete;
    expect(textOf($(el, '#form-msg'))).toBe('Datoen kan ikke ligge i fremtiden. Vælg dagens dato eller en dag før.');
    expect(await el.entries()).toEqual([]);
    await type(el, '#entry-date', '2025-02-14');
    const saved = await el.save();
    expect(saved?.date).toBe('2025-02-14');
    expect(textOf($(el, '#form-msg'))).toBe('Notatet fra 14. februar 2025 er gemt.');
    expect($<HTMLInputElement>(el, '#entry-date').max).toBe('2025-03-03');
  });

  it('says in the history what each note changed in the steps', async () => {
    const el = await journal();
    await choose(el, 'faglighed', 1);
    await type(el, '#entry-date', '2025-01-10');
    await el.save();
    await choose(el, 'faglighed', 2);
    await choose(el, 'drift', 3);
    await el.save();
    today = new Date(2025, 2, 3, 11, 0); // a later note the same day
    await choose(el, 'faglighed', 2);
    await choose(el, 'drift', 3);
    await type(el, '#faglighed-strengths', 'Sparring');
    await el.save();
    await el.updateComplete;
    expect($$(el, '.entries li .entry-changes').map(textOf)).toEqual([
      'ingen ændring i trinene',
      'Faglighed: På vej → Godt i gang · Drift: En styrke (første vurdering)',
      'Faglighed: På vej (første vurdering)',
    ]);
  });

  it('shows on the talk sheet the step before where it changed, leaves out empty fields and repeats no answer', async () => {
    const el = await journal();
    await choose(el, 'mening', 1);
    await type(el, '#entry-date', '2025-02-01');
    await el.save();
    await choose(el, 'mening', 3);
    await type(el, '#answer-talk', 'Mere tid til lederne');
    await type(el, '#answer-overall', 'Mere tid til lederne');
    await el.save();
    await press(el, 'Vis forberedelsen');
    const sheet = textOf($(el, '#talk-sheet'));
    expect(sheet).toContain('En styrke (4 af 4) (før: På vej (2 af 4), 1. februar 2025)');
    expect(sheet.split('Mere tid til lederne')).toHaveLength(2);
    expect(sheet).not.toContain('Hvor er mine styrker?');
    const md = el.talkMarkdown();
    expect(md).toContain('**Hvor er jeg nu?** En styrke (4 af 4) (før: På vej (2 af 4), 1. februar 2025)');
    expect(md.split('Mere tid til lederne')).toHaveLength(2);
    expect(md).not.toContain('Hvor er mine styrker?');
  });
});

describe('asking the browser to keep the notes', () => {
  const persistence = (el: LgReflectionJournal) => el.shadowRoot!.querySelector('[part="persistence"]');
  const answers = browserKeepsStorage;
  const shown = async (el: LgReflectionJournal) => {
    for (let i = 0; i < 20 && !persistence(el); i++) await new Promise((r) => setTimeout(r, 5));
    return textOf(persistence(el));
  };

  it('asks once, after the first note is saved, and says what a refusal means', async () => {
    const persist = answers(false);
    const el = await journal();
    expect(persistence(el)).toBeNull();
    await type(el, '#faglighed-strengths', 'Sparring');
    await el.save();
    expect(await shown(el)).toBe('Dine notater er gemt her i browseren. En browser, der mangler plads, kan rydde det, den har gemt, så eksportér en kopi en gang imellem – så har du altid dine notater.');
    await type(el, '#faglighed-strengths', 'Mere sparring');
    await el.save();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser has promised, in English too', async () => {
    answers(true);
    const el = await journal('lang="en"');
    await type(el, '#faglighed-strengths', 'Sparring');
    await el.save();
    expect(await shown(el)).toBe('Your notes are saved here in the browser, which has promised to keep them even if it runs short of space.');
  });
});

describe('the reminder to export', () => {
  const reminder = (el: LgReflectionJournal) => el.shadowRoot!.querySelector('[part="reminder"]');

  it('a month after a note not exported, it says so; Eksportér nu exports the JSON and it goes', async () => {
    const { names: downloads } = captureDownloads();
    const el = await journal();
    await type(el, '#faglighed-strengths', 'Sparring');
    await el.save();
    expect(reminder(el)).toBeNull();
    today = new Date(2025, 3, 3, 9, 30);
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf(reminder(el)!.querySelector('p'))).toBe(
      'Du har ændringer fra over en måned siden, som ikke er eksporteret. En kopi i en fil er din sikkerhed, hvis browseren sletter sine data.',
    );
    await press(el, 'Eksportér nu');
    for (let i = 0; i < 20 && !downloads.length; i++) await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
    expect(downloads).toEqual(['ledelsesgrundlag-refleksion-2025-04-03.json']);
    expect(reminder(el)).toBeNull();
  });
});

describe('two tabs on one draft', () => {
  const otherTabWrites = (strengths: string) => {
    const newValue = JSON.stringify({ v: 1, content: { areas: { ...emptyAreas(), drift: { level: 2, strengths, develop: '' } }, answers: {} }, at: new Date().toISOString() });
    localStorage.setItem('lg-journal-draft', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'lg-journal-draft', newValue }));
  };
  const notice = (el: LgReflectionJournal) => el.shadowRoot!.querySelector('[part="draft-elsewhere"]');
  const field = (el: LgReflectionJournal) => $<HTMLTextAreaElement>(el, '#drift-strengths').value;

  it('an empty form takes the other tab’s text without asking', async () => {
    const el = await journal();
    otherTabWrites('Fra den anden fane');
    await el.updateComplete;
    expect(notice(el)).toBeNull();
    expect(field(el)).toBe('Fra den anden fane');
  });

  it('with text of its own, it is told and chooses; neither text is lost until then', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'Min tekst');
    otherTabWrites('Den anden tekst');
    await el.updateComplete;
    expect(textOf(notice(el)!.querySelector('p'))).toMatch(/^Kladden er lige blevet ændret i en anden fane/);
    expect(notice(el)!.getAttribute('role')).toBe('alert');
    expect(field(el)).toBe('Min tekst');

    await press(el, 'Behold min tekst');
    expect(notice(el)).toBeNull();
    expect(field(el)).toBe('Min tekst');
    expect(draft().content.areas.drift.strengths).toBe('Min tekst');

    otherTabWrites('Den anden tekst igen');
    await el.updateComplete;
    await press(el, 'Brug teksten fra den anden fane');
    expect(notice(el)).toBeNull();
    expect(field(el)).toBe('Den anden tekst igen');
    expect(draft().content.areas.drift.strengths).toBe('Den anden tekst igen');
  });

  it('an empty form does not silently take another tab’s edit of a saved note: it asks (it may be older than the note)', async () => {
    const el = await journal();
    const newValue = JSON.stringify({
      v: 1,
      id: 'saved-note',
      date: '2025-03-01',
      basedOn: '2025-03-01T08:00:00.000Z',
      content: { areas: { ...emptyAreas(), drift: { level: 2, strengths: 'Den anden fanes ældre tekst', develop: '' } }, answers: {} },
      at: new Date().toISOString(),
    });
    localStorage.setItem('lg-journal-draft', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'lg-journal-draft', newValue }));
    await el.updateComplete;
    expect(notice(el)).not.toBeNull();
    expect(field(el)).toBe('');
  });

  it('the same text in both tabs asks nothing', async () => {
    const el = await journal();
    await choose(el, 'drift', 2);
    await type(el, '#drift-strengths', 'Ens');
    otherTabWrites('Ens');
    await el.updateComplete;
    expect(notice(el)).toBeNull();
  });
});

describe('the backup of everything', () => {
  it('holds the notes and the saved tasks; brought back into an empty browser, both return in one go', async () => {
    const tasks = await openTaskStore();
    await tasks.save({ title: 'Ny vagtplan', description: '', weights: { faglighed: 0, innovation: 1, mening: 2, drift: 3 } });
    tasks.close();
    const el = await journal();
    await type(el, '#drift-strengths', 'Overblik');
    await el.save();
    const { names } = captureDownloads();
    await click(el, '#export-backup');
    for (let i = 0; i < 20 && !names.length; i++) await new Promise((r) => setTimeout(r, 5));
    expect(names).toEqual(['ledelsesgrundlag-sikkerhedskopi-2025-03-03.json']);
    const text = await el.exportBackup();
    expect(JSON.parse(text)).toMatchObject({ format: 'ledelsesgrundlag-backup', version: 1, tasks: [{ title: 'Ny vagtplan' }], entries: [{ date: '2025-03-03' }] });

    // another browser: nothing kept yet
    document.body.innerHTML = '';
    globalThis.indexedDB = new IDBFactory();
    const fresh = await journal();
    await fresh.previewImport(text);
    expect(textOf($$(fresh, '#import-result p')[1])).toBe(
      'Filen indeholder 1 opgave fra opgavevælgeren; den importeres med, og en opgave med samme id erstattes.',
    );
    await press(fresh, 'Importér');
    await fresh.updateComplete;
    expect((await fresh.entries()).map((e) => e.date)).toEqual(['2025-03-03']);
    const back = await openTaskStore();
    expect((await back.list()).map((t) => t.title)).toEqual(['Ny vagtplan']);
    back.close();
    expect(textOf($(fresh, '#data-msg'))).toBe('1 notat er importeret. Og 1 opgave.');
  });

  it('a backup with tasks only says what it holds, and no empty list of notes', async () => {
    const el = await journal();
    await el.previewImport(exportBackup({ tasks: [savedTask({ id: 'a' })], entries: [] }, new Date()));
    expect($$(el, '#import-result p').map(textOf)).toEqual([
      'Filen indeholder 1 opgave fra opgavevælgeren; den importeres med, og en opgave med samme id erstattes.',
    ]);
    expect($$(el, '#import-result .plan')).toHaveLength(0);
    expect(textOf($(el, '#import-do'))).toBe('Importér');
  });

  it('where the browser keeps nothing, a backup with tasks is not half imported, and it says so', async () => {
    const text = exportBackup({ tasks: [savedTask({ id: 'a' })], entries: [journalEntry('2025-01-02')] }, new Date());
    vi.stubGlobal('indexedDB', undefined);
    const el = await journal();
    await el.previewImport(text);
    await press(el, 'Importér');
    await el.updateComplete;
    expect(textOf($(el, '#data-msg'))).toBe('Intet blev importeret: browserens lager kunne ikke bruges. Dine notater og opgaver er som før.');
    expect(await el.entries()).toEqual([]);
  });

  it('a backup from a newer version is refused with its message, and a tasks file is pointed to the picker', async () => {
    const el = await journal();
    await el.previewImport(JSON.stringify({ format: 'ledelsesgrundlag-backup', version: 2, tasks: [], entries: [] }));
    expect(textOf($(el, '.issues li'))).toBe('Filen er lavet af en nyere udgave af værktøjet (version 2). Opdatér udvidelsen, eller genindlæs siden, og prøv igen. Intet er ændret.');
    await el.previewImport(JSON.stringify({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [] }));
    expect(textOf($(el, '.issues li'))).toBe('Filen indeholder gemte opgaver, ikke notater.');
  });
});

/** Fills the fields of a form inside the element and sends it, as a person does. */
async function send(el: LgReflectionJournal, form: string, fields: Record<string, string | boolean>) {
  for (const [sel, value] of Object.entries(fields)) {
    const f = $<HTMLInputElement>(el, sel);
    if (typeof value === 'boolean') f.checked = value;
    else f.value = value;
  }
  $<HTMLFormElement>(el, form).requestSubmit();
  await el.updateComplete;
}
/** Waits until the element has settled after work that derives a key (PBKDF2 takes a moment). */
async function settled(el: LgReflectionJournal, until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}
const PASS = 'en sætning jeg husker';

describe('the lock', () => {
  it('says before it is turned on that a forgotten passphrase means the notes cannot be read, and checks what is typed', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'Kladde om Mette');
    await press(el, 'Lås med en adgangskode …');
    expect(textOf($(el, '#lock-warning'))).toContain('Glemmer du adgangskoden, kan notaterne ikke læses – af nogen.');
    await send(el, '#lock-form', { '#lock-pass': 'kort', '#lock-again': 'kort' });
    expect(textOf($(el, '#lock-msg'))).toBe('Adgangskoden skal have mindst 8 tegn.');
    await send(el, '#lock-form', { '#lock-pass': PASS, '#lock-again': PASS + '!' });
    expect(textOf($(el, '#lock-msg'))).toBe('De to adgangskoder er ikke ens.');
    await send(el, '#lock-form', { '#lock-pass': PASS, '#lock-again': PASS });
    expect(textOf($(el, '#lock-msg'))).toBe('Sæt kryds for at bekræfte, at du har forstået advarslen.');
    expect(el.lockState).toBe('off');
    await send(el, '#lock-form', { '#lock-understood': true });
    await settled(el, () => el.lockState === 'open');
    expect(textOf($(el, '#lock-msg'))).toBe('Dagbogen er låst. Notaterne er krypteret i browseren, og kladden gemmes kun i denne fane.');
    // the draft is no longer readable in localStorage, and stays on screen
    expect(draft()).toBeNull();
    expect($<HTMLTextAreaElement>(el, '#drift-strengths').value).toBe('Kladde om Mette');
    expect(textOf($(el, '#draft-hint'))).toBe('Dagbogen er låst, så kladden gemmes kun i denne fane. Gem notatet, før du lukker siden.');
    await type(el, '#drift-strengths', 'Kladde om Mette, mere');
    expect(draft()).toBeNull();
    expect(textOf($(el, '[part="privacy"]'))).toContain('krypteret med din adgangskode');
  });

  it('locked (a reload): shows nothing but the unlock field; a wrong passphrase changes nothing; the right one shows the notes', async () => {
    const store = await openJournalStore();
    await store.save({ areas: { ...emptyAreas(), drift: { level: 2, strengths: 'Fortroligt', develop: '' } } });
    await store.setLock(PASS);
    store.close();
    const el = await journal();
    expect(el.lockState).toBe('locked');
    expect($$(el, '[part="form"], [part="history"], [part="data"], [part="talk"]')).toHaveLength(0);
    expect(textOf($(el, '#locked-heading'))).toBe('Dagbogen er låst');
    expect(el.shadowRoot!.textContent).not.toContain('Fortroligt');
    await send(el, '#unlock-form', { '#unlock-pass': 'forkert sætning' });
    await settled(el, () => textOf($(el, '#lock-msg')) !== 'Låser op …');
    expect(textOf($(el, '#lock-msg'))).toBe('Adgangskoden passer ikke. Intet er ændret – prøv igen.');
    expect(el.lockState).toBe('locked');
    await send(el, '#unlock-form', { '#unlock-pass': PASS });
    await settled(el, () => el.lockState === 'open');
    await el.updateComplete;
    expect((await el.entries()).map((e) => e.areas.drift.strengths)).toEqual(['Fortroligt']);
    expect($$(el, '[part="history"]')).toHaveLength(1);
    // Lås nu: the unlock field again
    await press(el, 'Lås nu');
    await el.updateComplete;
    expect(el.lockState).toBe('locked');
    expect($$(el, '#unlock-pass')).toHaveLength(1);
  });

  it('a forgotten passphrase: delete everything after asking, and the journal starts again without a lock', async () => {
    const store = await openJournalStore();
    await store.save({ areas: { ...emptyAreas(), drift: { level: 2, strengths: 'Glemt', develop: '' } } });
    await store.setLock(PASS);
    store.close();
    const el = await journal();
    await press(el, 'Slet alle notater og låsen …');
    expect(textOf($(el, '#delete-locked-text'))).toBe('Vil du slette alle de låste notater i denne browser og låsen? Det kan ikke fortrydes.');
    await press(el, 'Ja, slet alle');
    await el.updateComplete;
    expect(el.lockState).toBe('off');
    expect(await el.entries()).toEqual([]);
    expect($$(el, '[part="form"]')).toHaveLength(1);
  });

  it('takes the lock off after asking: the notes are kept unencrypted again', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'Åben tekst');
    await el.save();
    await press(el, 'Lås med en adgangskode …');
    await send(el, '#lock-form', { '#lock-pass': PASS, '#lock-again': PASS, '#lock-understood': true });
    await settled(el, () => el.lockState === 'open');
    await press(el, 'Fjern låsen');
    await press(el, 'Ja, fjern låsen');
    await settled(el, () => el.lockState === 'off');
    expect(textOf($(el, '#lock-msg'))).toBe('Låsen er fjernet. Notaterne gemmes ukrypteret i browseren.');
    expect((await el.entries()).map((e) => e.areas.drift.strengths)).toEqual(['Åben tekst']);
  });

  it('cannot be turned on where the browser keeps nothing, and says why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const el = await journal('lang="en"');
    expect(textOf($(el, '[part="lock"] .hint'))).toBe('The journal can be locked only when the browser keeps the notes.');
    expect($$(el, '#lock-start')).toHaveLength(0);
  });
});

describe('encrypted files', () => {
  it('exports the journal encrypted; imported elsewhere it asks for the passphrase, refuses a wrong one, and opens with the right one', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'Rejser med Hanne');
    await el.save();
    const { names, blobs } = captureDownloads();
    $<HTMLInputElement>(el, '#export-encrypt').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#export-pass').value = PASS;
    $<HTMLInputElement>(el, '#export-again').value = PASS;
    await click(el, '#export-json');
    await settled(el, () => names.length > 0);
    expect(names).toEqual(['ledelsesgrundlag-refleksion-2025-03-03.json']);
    expect(textOf($(el, '#data-msg'))).toBe('ledelsesgrundlag-refleksion-2025-03-03.json er eksporteret, krypteret med adgangskoden.');
    const text = await blobs[0].text();
    expect(text).not.toContain('Hanne');
    expect(JSON.parse(text).format).toBe('ledelsesgrundlag-encrypted');

    document.body.innerHTML = '';
    globalThis.indexedDB = new IDBFactory();
    const fresh = await journal('lang="en"');
    await fresh.previewImport(text);
    expect(textOf($(fresh, '#sealed-form p'))).toBe('The file is encrypted. Enter its passphrase to see what it holds.');
    await send(fresh, '#sealed-form', { '#sealed-pass': 'not the one' });
    await settled(fresh, () => textOf($(fresh, '#data-msg')) !== '');
    expect(textOf($(fresh, '#data-msg'))).toBe('The passphrase does not fit the file, or the file has been changed. Nothing has been imported – try again.');
    expect($$(fresh, '#sealed-form')).toHaveLength(1);
    expect(await fresh.entries()).toEqual([]);
    await send(fresh, '#sealed-form', { '#sealed-pass': PASS });
    await settled(fresh, () => $$(fresh, '#import-do').length > 0);
    expect($$(fresh, '#sealed-form')).toHaveLength(0);
    await click(fresh, '#import-do');
    await fresh.updateComplete;
    expect((await fresh.entries()).map((e) => e.areas.drift.strengths)).toEqual(['Rejser med Hanne']);
  });

  it('does not export with a passphrase typed differently twice, and says so', async () => {
    const el = await journal();
    await type(el, '#drift-strengths', 'x');
    await el.save();
    const { names } = captureDownloads();
    $<HTMLInputElement>(el, '#export-encrypt').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#export-pass').value = PASS;
    $<HTMLInputElement>(el, '#export-again').value = 'noget andet helt';
    await click(el, '#export-backup');
    await el.updateComplete;
    expect(names).toEqual([]);
    expect(textOf($(el, '#data-msg'))).toBe('De to adgangskoder er ikke ens.');
  });
});

describe('the history’s list of notes', () => {
  it('tells two notes of one day apart by their first words, and opens the whole note in place', async () => {
    const store = await openJournalStore();
    const long = 'Vi har fået styr på budgetopfølgningen, og teamet tager selv ansvar for de månedlige tal nu';
    await store.restore([
      journalEntry('2025-05-02', { id: 'a', areas: { ...emptyAreas(), drift: { level: 2, strengths: long, develop: 'Uddelegere mere' } } }),
      journalEntry('2025-05-02', {
        id: 'b',
        createdAt: '2025-05-02T15:00:00.000Z',
        areas: { ...emptyAreas(), drift: { level: 2, strengths: '', develop: '' } },
        answers: { [QUESTION.overall]: 'Samtale med Anne om trivsel' },
      }),
      journalEntry('2025-04-01', { id: 'c', areas: { ...emptyAreas(), mening: { level: 1, strengths: '', develop: '' } } }),
    ]);
    store.close();
    const el = await journal();
    const words = $$(el, '.entries .entry-words').map(textOf);
    expect(words).toHaveLength(3);
    expect(words).toContain('“Vi har fået styr på budgetopfølgningen, og teamet tager selv ansvar for…”');
    expect(words).toContain('“Samtale med Anne om trivsel”');
    expect(words.at(-1)).toBe('kun trin, ingen tekst');
    // the whole note, in place: a closed disclosure (keyboard: the summary is focusable), opened by its summary
    const item = $$(el, '.entries > li').find((li) => textOf(li).includes('budgetopfølgningen'))!;
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    item.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).toBe(true);
    // only the areas the note assessed or wrote about
    expect([...details.querySelectorAll('.note-area')].map((a) => a.classList[1])).toEqual(['drift']);
    const drift = details.querySelector('.note-area.drift')!;
    expect(textOf(drift)).toContain(getFramework('da').focusAreas.find((a) => a.id === 'drift')!.title);
    expect([...drift.querySelectorAll('dt')].map(textOf)).toEqual(['Hvor er jeg nu?', 'Hvor er mine styrker?', 'Hvor har jeg brug for at udvikle mig?']);
    expect([...drift.querySelectorAll('dd')].map(textOf)).toEqual(['Godt i gang (3 af 4)', long, 'Uddelegere mere']);
  });

  it('takes the first words of what was written, spaces tidied; in English a note without text says so', async () => {
    const store = await openJournalStore();
    await store.restore([journalEntry('2025-04-01', { id: 'c', areas: { ...emptyAreas(), mening: { level: 1, strengths: '', develop: '' } } })]);
    store.close();
    const el = await journal('lang="en"');
    expect($$(el, '.entries .entry-date').map(textOf)).toEqual(['Note from 1 April 2025']);
    expect($$(el, '.entries .entry-words').map(textOf)).toEqual(['levels only, no text']);
    expect(firstWords(journalEntry('2025-01-01', { answers: { [QUESTION.talk]: '  Mere   sparring ' } }))).toBe('Mere sparring');
    expect(firstWords(journalEntry('2025-01-01'))).toBe('');
    expect(firstWords(journalEntry('2025-01-01', { answers: { [QUESTION.overall]: 'a b c d' } }), 3)).toBe('a b c…');
    const two = journalEntry('2025-01-01', { areas: { ...emptyAreas(), drift: { level: 1, strengths: 'a b', develop: 'c d' } }, answers: { [QUESTION.talk]: 'e' } });
    expect(firstWords(two, 3)).toBe('a b · c…');
    expect(firstWords(two, 4)).toBe('a b · c d…');
    expect(firstWords(two)).toBe('a b · c d · e');
  });
});

describe('a long history', () => {
  it('shows the newest 20 in the table and the list, then more or all when asked; the charts summarise by month', async () => {
    const store = await openJournalStore();
    const entries = Array.from({ length: 65 }, (_, i) => {
      const date = new Date(Date.UTC(2019, 0, 1 + i * 9)).toISOString().slice(0, 10);
      return journalEntry(date, { id: `e${i}`, areas: { ...emptyAreas(), drift: { level: (i % 4) as 0 | 1 | 2 | 3, strengths: '', develop: '' } } });
    });
    await store.restore(entries);
    store.close();
    const el = await journal();
    expect($$(el, '.entries > li')).toHaveLength(20);
    expect($$(el, '[part="table"] tbody tr')).toHaveLength(20);
    expect(textOf($(el, '#history-paging span'))).toBe('Viser de 20 nyeste af 65.');
    // the newest first in the list, the newest 20 (oldest first) in the table
    expect(textOf($(el, '.entries > li .entry-date'))).toContain(formatDay(entries[64].date, 'da'));
    expect(textOf($(el, '[part="table"] tbody th'))).toBe(formatDay(entries[45].date, 'da'));
    await press(el, 'Vis 20 mere');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect($$(el, '.entries > li')).toHaveLength(40);
    expect(el.shadowRoot!.activeElement).toBe($$(el, '.entries > li')[20].querySelector('summary'));
    await press(el, 'Vis alle 65');
    expect($$(el, '.entries > li')).toHaveLength(65);
    expect($$(el, '#history-paging')).toHaveLength(0);
    // 65 notes: each chart shows the end of each month, and its text alternative says so
    const drift = $(el, '.chart.drift svg');
    expect(drift.getAttribute('aria-label')).toContain('det seneste notat i hver måned');
    expect(drift.querySelectorAll('circle').length).toBeLessThan(65);
    // over more than one year, the ends of the time axis say month and year
    const axis = [...drift.querySelectorAll('text.axis')].map((t) => t.textContent?.trim());
    expect(axis).toContain('jan. 2019');
    expect(axis).toContain('jul. 2020');
  });

  it('does not summarise the whole history again at every keystroke in the form, only when the history changes', async () => {
    const store = await openJournalStore();
    await store.restore(Array.from({ length: 200 }, (_, i) => journalEntry(new Date(Date.UTC(2020, 0, 1 + i * 7)).toISOString().slice(0, 10), { id: `e${i}` })));
    store.close();
    const el = await journal();
    await choose(el, 'drift', 2);
    // the charts' time axis reads the day of each of the 200 notes, four times: it did so at every keystroke; now
    // a keystroke reads only the days of what is shown (the 20 newest in the table, the list and the comparison)
    const days = vi.spyOn(Date, 'parse');
    await type(el, '#drift-strengths', 'Sparring med teamet');
    expect(days.mock.calls.length).toBeGreaterThan(0);
    expect(days.mock.calls.length).toBeLessThan(200);
    days.mockClear();
    await press(el, 'Gem notatet');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($$(el, '.chart.drift circle').length).toBeGreaterThan(0);
    expect(days.mock.calls.length).toBeGreaterThan(200); // a new note: drawn again
  });
});
