import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { getFramework, FOCUS_AREA_IDS } from '../../content/index';
import { QUADRANT_AREAS } from '../../components/shared/heart';
import { suggestWeights } from '../../content/suggest';
import { formatWeights } from '../../content/task-weights';
import kwDa from '../../content/gentofte/keywords.da.json';
import { stateFromFragment, stateToFragment } from '../../content/task-draft';
import { taskMarkdown as toMarkdown } from '../../content/task-markdown';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { isBadLinkPage, linkPageFor } from '../../components/task-picker/link-page';
import { printedDocument, textOf } from './element-helpers';
import { $, $$, button, checked, flush, type LgTaskPicker, picker, radio, recordEvents, type, usePickerTest } from './task-picker-helpers';

const da = getFramework('da');
const en = getFramework('en');
const titleOf = (fw: typeof da, id: string) => fw.focusAreas.find((a) => a.id === id)!.title;
const CANONICAL = /^faglighed=[0-3]&innovation=[0-3]&mening=[0-3]&drift=[0-3]$/;

const warn = usePickerTest();

describe('<lg-task-picker> renders', () => {
  it('in Danish: the framework question as heading, labelled fields, one fieldset per area with four worded radios', async () => {
    const el = await picker();
    expect(el.language).toBe('da');
    expect(textOf($(el, 'h2'))).toBe('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
    expect(textOf($(el, '.kicker'))).toBe('Ledelse af en specifik opgave:');
    expect(textOf($(el, 'label[for="task"]'))).toBe('Opgave');
    expect($(el, '#task').localName).toBe('input');
    expect(textOf($(el, 'label[for="description"]'))).toBe('Beskrivelse (valgfri)');
    expect($(el, '#description').localName).toBe('textarea');
    const sets = $$(el, 'fieldset.scale');
    expect(sets.map((f) => textOf(f.querySelector('legend')))).toEqual(FOCUS_AREA_IDS.map((id) => titleOf(da, id)));
    for (const f of sets) {
      const radios = [...f.querySelectorAll('input')];
      expect(radios.map((r) => r.type)).toEqual(['radio', 'radio', 'radio', 'radio']);
      expect(new Set(radios.map((r) => r.name)).size).toBe(1);
      expect(radios.map((r) => textOf(r.closest('label')))).toEqual(['Næsten ikke', 'Noget', 'Tydeligt', 'I særlig grad']);
    }
    expect($$(el, 'button').map(textOf)).toEqual([
      'Foreslå ud fra teksten', 'Gem', 'Kopiér som Markdown', 'Kopiér link', 'Udskriv', 'Eksportér (JSON)', 'Importér (JSON)', 'Ny opgave',
    ]);
    expect($(el, '[part="actions"]').getAttribute('aria-label')).toBe('Handlinger');
    expect($(el, '[role="status"]').getAttribute('part')).toBe('status');
    expect(textOf($(el, '.hint'))).toContain('Vælg, hvor meget opgaven kalder på hvert fokusområde');
  });

  it('in English, from lang or an ancestor', async () => {
    document.body.innerHTML = '<div lang="en-GB"><lg-task-picker></lg-task-picker></div>';
    const el = document.querySelector('lg-task-picker')!;
    await el.updateComplete;
    expect(el.language).toBe('en');
    expect(textOf($(el, 'h2'))).toBe(en.reflection[2].parts[1].questions[0].text);
    expect(textOf($(el, 'label[for="task"]'))).toBe('Task');
    expect(textOf($(el, 'label[for="description"]'))).toBe('Description (optional)');
    expect($$(el, 'fieldset.scale legend').map(textOf)).toEqual(FOCUS_AREA_IDS.map((id) => titleOf(en, id)));
    expect($$(el, 'fieldset.scale')[0].querySelectorAll('label').length).toBe(4);
    expect([...$$(el, 'fieldset.scale')[0].querySelectorAll('label')].map(textOf)).toEqual(['Hardly', 'Somewhat', 'Clearly', 'Particularly']);
    expect($$(el, 'button').map(textOf)).toContain('Suggest from the text');
    expect(textOf(button(el, 'Copy as Markdown'))).toBe('Copy as Markdown');
  });

  it('makes every button type="button", so it never submits a surrounding form, and uses no positive tabindex', async () => {
    const el = await picker('value="faglighed=1"');
    button(el, 'Foreslå').click();
    await el.updateComplete;
    const buttons = $$<HTMLButtonElement>(el, 'button');
    expect(buttons.length).toBeGreaterThan(8);
    for (const b of buttons) expect(b.getAttribute('type')).toBe('button');
    for (const x of $$(el, '[tabindex]')) expect(Number(x.getAttribute('tabindex'))).toBeLessThanOrEqual(0);
  });

  it('takes its heading level from heading-level; sections are one level below', async () => {
    const el = await picker('heading-level="3" value="drift=3"');
    expect(textOf($(el, 'h3'))).toContain('Hvilke af de fire');
    expect($$(el, 'h4').map(textOf)).toEqual(['Det siger ledelsesgrundlaget', 'Gemte opgaver']);
    expect(textOf($(el, 'h5'))).toBe(titleOf(da, 'drift'));
  });
});

describe('value, weights and radios', () => {
  it('reads the value attribute into the radios and the weights', async () => {
    const el = await picker('value="faglighed=2&innovation=3&mening=1&drift=0"');
    expect(el.value).toBe('faglighed=2&innovation=3&mening=1&drift=0');
    expect(el.weights).toEqual({ faglighed: 2, innovation: 3, mening: 1, drift: 0 });
    expect(checked(el)).toEqual({ faglighed: 2, innovation: 3, mening: 1, drift: 0 });
  });

  it('missing areas are 0 and the value is canonical', async () => {
    const el = await picker('value="drift=2"');
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=2');
    expect(checked(el)).toEqual({ faglighed: 0, innovation: 0, mening: 0, drift: 2 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('setting the weights property updates value and radios; setting value updates weights', async () => {
    const el = await picker();
    el.weights = { faglighed: 0, innovation: 1, mening: 3, drift: 2 };
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=1&mening=3&drift=2');
    expect(checked(el)).toEqual({ faglighed: 0, innovation: 1, mening: 3, drift: 2 });
    el.value = 'faglighed=3';
    await el.updateComplete;
    expect(el.weights).toEqual({ faglighed: 3, innovation: 0, mening: 0, drift: 0 });
    expect(checked(el)).toEqual({ faglighed: 3, innovation: 0, mening: 0, drift: 0 });
    el.setAttribute('value', 'innovation=2');
    await el.updateComplete;
    expect(checked(el)).toEqual({ faglighed: 0, innovation: 2, mening: 0, drift: 0 });
  });

  it('the weights getter returns a copy', async () => {
    const el = await picker('value="drift=1"');
    const w = el.weights;
    w.drift = 3;
    expect(el.weights.drift).toBe(1);
  });

  it('choosing a radio updates value and weights', async () => {
    const el = await picker();
    radio(el, 'innovation', 3).click();
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=3&mening=0&drift=0');
    expect(el.weights.innovation).toBe(3);
    radio(el, 'innovation', 1).click();
    await el.updateComplete;
    expect(el.weights.innovation).toBe(1);
    expect(checked(el).innovation).toBe(1);
  });

  it('programmatic changes do not fire events', async () => {
    const el = await picker();
    const rec = recordEvents();
    el.value = 'drift=3';
    el.weights = { faglighed: 1, innovation: 1, mening: 1, drift: 1 };
    el.task = 'x';
    await el.updateComplete;
    expect(rec.events).toEqual([]);
    rec.stop();
  });
});

describe('events', () => {
  it('a radio fires exactly one input and one change on the host, bubbling and composed', async () => {
    const el = await picker();
    const onHost: string[] = [];
    el.addEventListener('input', (e) => onHost.push(`input ${e.target === el}`));
    el.addEventListener('change', (e) => onHost.push(`change ${e.target === el}`));
    const rec = recordEvents();
    radio(el, 'mening', 2).click();
    expect(onHost).toEqual(['input true', 'change true']);
    expect(rec.events.map(({ type, bubbles, composed, target }) => [type, bubbles, composed, target === el])).toEqual([
      ['input', true, true, true],
      ['change', true, true, true],
    ]);
    // once more, on another area, for good measure
    rec.clear();
    radio(el, 'drift', 1).click();
    expect([rec.count('input'), rec.count('change')]).toEqual([1, 1]);
    rec.stop();
  });

  it('typing in the title or description fires input per keystroke and change on commit, once each, from the host', async () => {
    const el = await picker();
    const rec = recordEvents();
    const title = $<HTMLInputElement>(el, '#task');
    type(title, 'B', false);
    type(title, 'Bo', false);
    type(title, 'Bor');
    expect(rec.events.map((e) => e.type)).toEqual(['input', 'input', 'input', 'change']);
    expect(rec.events.every((e) => e.target === el && e.bubbles && e.composed)).toBe(true);
    expect(el.task).toBe('Bor');
    rec.clear();
    type($<HTMLTextAreaElement>(el, '#description'), 'Med borgerne');
    expect(rec.events.map((e) => e.type)).toEqual(['input', 'change']);
    expect(el.description).toBe('Med borgerne');
    rec.stop();
  });

  it('typing does not rebuild the form: the same input and radio nodes stay in place', async () => {
    const el = await picker('value="faglighed=1"');
    const title = $<HTMLInputElement>(el, '#task');
    const r = radio(el, 'faglighed', 1);
    const heart = $(el, 'svg');
    for (const t of ['a', 'ab', 'abc']) {
      type(title, t, false);
      await el.updateComplete;
    }
    expect($(el, '#task')).toBe(title);
    expect(radio(el, 'faglighed', 1)).toBe(r);
    expect($(el, 'svg')).toBe(heart);
    expect(title.value).toBe('abc');
  });
});

describe('the heart and its table', () => {
  it('summarises all four areas in words, as an image label and a table', async () => {
    const el = await picker('value="faglighed=3&innovation=1&mening=0&drift=2"');
    const svg = $(el, 'svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Faglighed: I særlig grad, Innovation: Noget, Mening: Næsten ikke, Drift: Tydeligt');
    const rows = $$(el, '[part="table"] tbody tr').map((r) => [...r.children].map(textOf));
    expect(rows).toEqual([
      ['Faglighed', 'I særlig grad'],
      ['Innovation', 'Noget'],
      ['Mening', 'Næsten ikke'],
      ['Drift', 'Tydeligt'],
    ]);
    expect(textOf($(el, 'caption'))).toBe('Opgavens balance');
  });

  it('fills each quadrant with the same area for the same weight, in proportion to it, and keeps an outline for an empty one', async () => {
    const el = await picker('value="faglighed=3&innovation=0&drift=3"');
    const fills = $$(el, 'svg .fill');
    expect(fills.map((f) => f.getAttribute('class'))).toEqual(FOCUS_AREA_IDS.map((id) => `fill ${id}`));
    expect($$(el, 'svg .edge')).toHaveLength(4);
    const scale = (i: number) => Number(/scale\(([\d.]+)\)/.exec(fills[i].getAttribute('transform')!)![1]);
    // Filled area = scale² × the quadrant's area: the same for the same weight, wherever the quadrant is.
    const area = (i: number) => scale(i) ** 2 * QUADRANT_AREAS[i];
    expect(area(0)).toBeCloseTo(area(3));
    expect(scale(3)).toBe(1);
    expect(scale(1)).toBe(0);
    radio(el, 'innovation', 1).click();
    await el.updateComplete;
    expect(area(0) / area(1)).toBeCloseTo(3);
    expect($(el, 'svg').getAttribute('aria-label')).toContain('Innovation: Noget');
  });

  it('in English', async () => {
    const el = await picker('lang="en" value="innovation=3"');
    expect($(el, 'svg').getAttribute('aria-label')).toBe('Competence: Hardly, Innovation: Particularly, Meaning: Hardly, Operations: Hardly');
  });
});

describe('what the framework says', () => {
  it('shows a hint when nothing is weighted', async () => {
    const el = await picker();
    expect($$(el, '.says .area')).toEqual([]);
    expect($(el, '.hint')).toBeTruthy();
  });

  it('shows the strongest areas: points, the first leader-role paragraph and the rest in <details>', async () => {
    const el = await picker('value="faglighed=2&innovation=3&mening=3&drift=1"');
    const areas = $$(el, '.says .area');
    expect(areas.map((a) => a.classList[1])).toEqual(['innovation', 'mening']);
    const a = da.focusAreas.find((x) => x.id === 'innovation')!;
    const first = areas[0];
    expect(textOf(first.querySelector('h4'))).toBe(a.title);
    expect(textOf(first.querySelector('.lead'))).toBe('Det vil vi ved at:');
    expect([...first.querySelectorAll('ul > li')].map(textOf)).toEqual(a.points);
    expect(textOf(first.querySelector(':scope > p:not(.lead)'))).toBe(a.leaderRole[0]);
    const details = first.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(textOf(details.querySelector('summary'))).toBe('Læs hele teksten');
    expect([...details.querySelectorAll('p')].map(textOf)).toEqual(a.leaderRole.slice(1));
    expect(el.shadowRoot!.querySelector('.hint')).toBeNull();
  });
});

describe('readonly', () => {
  it('shows only the result: title, description, heart and framework text; no inputs, actions or saved list', async () => {
    const el = await picker('readonly task="Ny skole" description="Vi bygger &amp; flytter" value="drift=3"');
    expect($$(el, 'input, textarea, select')).toEqual([]);
    expect($$(el, 'button')).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part="actions"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part="saved"]')).toBeNull();
    expect(textOf($(el, 'h3'))).toBe('Ny skole');
    expect(textOf($(el, '.desc'))).toBe('Vi bygger & flytter');
    expect($(el, 'svg').getAttribute('aria-label')).toContain('Drift: I særlig grad');
    expect(textOf($(el, '.says .area h4'))).toBe(titleOf(da, 'drift'));
  });

  it('becomes editable again when readonly is removed', async () => {
    const el = await picker('readonly');
    el.readonly = false;
    await el.updateComplete;
    expect($$(el, 'input[type=radio]').length).toBe(16);
  });
});

describe('a malformed value', () => {
  it('keeps what is valid, shows a short notice and warns once', async () => {
    const el = await picker('value="faglighed=2&bogus=1&drift=9"');
    expect(el.value).toBe('faglighed=2&innovation=0&mening=0&drift=0');
    expect(checked(el)).toEqual({ faglighed: 2, innovation: 0, mening: 0, drift: 0 });
    const notice = $(el, '.notice');
    expect(textOf(notice)).toBe(
      'Ugyldig værdi (value): "faglighed=2&bogus=1&drift=9". Gyldige værdier: faglighed=0–3&innovation=0–3&mening=0–3&drift=0–3.',
    );
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    el.value = 'faglighed=2&bogus=1&drift=9';
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    // it does not block use; choosing clears the notice
    radio(el, 'mening', 1).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')).toBeNull();
    expect(el.value).toBe('faglighed=2&innovation=0&mening=1&drift=0');
  });

  for (const bad of ['garbage', 'faglighed=-1', 'faglighed=1.5&innovation=x', '&&&=', '%E0%A4%A']) {
    it(`"${bad}" never throws and gives a canonical value`, async () => {
      const el = await picker(`value="${bad}"`);
      expect(el.value).toMatch(CANONICAL);
      expect(textOf($(el, '.notice'))).toContain('Ugyldig værdi');
    });
  }

  it('an empty value is simply nothing chosen (no warning)', async () => {
    const el = await picker('value=""');
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=0');
    expect(warn).not.toHaveBeenCalled();
  });

  it('property: 1000 random strings as the value attribute never throw and always give a canonical value', async () => {
    const el = await picker();
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => errors.push(e));
    const samples = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.array(fc.tuple(fc.constantFrom('faglighed', 'innovation', 'mening', 'drift', 'FAGLIGHED', 'x', ''), fc.string({ maxLength: 4 })), { maxLength: 6 }).map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&')),
      ),
      { numRuns: 1000, seed: 20250101 },
    );
    expect(samples.length).toBe(1000);
    for (const [i, s] of samples.entries()) {
      el.setAttribute('value', s);
      expect(el.value).toMatch(CANONICAL);
      if (i % 50 === 0) await el.updateComplete;
    }
    await el.updateComplete;
    expect(errors).toEqual([]);
    expect($$(el, 'fieldset.scale').length).toBe(4);
  });
});

describe('suggestions from the text', () => {
  const TITLE = 'Selvbetjening på hjælpemidler';
  const DESC = 'Borgerne skal kunne søge om hjælpemidler online. Vi vil udvikle en ny løsning sammen med brugerne og teste den i en pilotperiode.';

  it('shows the suggested weight and the words behind it per area, and applies it only on acceptance', async () => {
    const el = await picker('value="drift=1"');
    type($<HTMLInputElement>(el, '#task'), TITLE);
    type($<HTMLTextAreaElement>(el, '#description'), DESC);
    await el.updateComplete;
    const expected = suggestWeights(`${TITLE}\n${DESC}`, kwDa);
    expect(expected.hasEvidence).toBe(true);
    const rec = recordEvents();
    button(el, 'Foreslå ud fra teksten').click();
    await el.updateComplete;
    const panel = $(el, '[part="suggestion"]');
    expect(textOf(panel.querySelector('h3'))).toBe('Forslag ud fra teksten');
    const items = [...panel.querySelectorAll('li')].map(textOf);
    FOCUS_AREA_IDS.forEach((id, i) => {
      expect(items[i]).toContain(`${STRINGS.da.areaShort[id]}: ${STRINGS.da.levels[expected.weights[id]]}`);
      for (const ev of expected.areas[id].evidence) expect(items[i]).toContain(`»${ev.word}«`);
    });
    expect(items[1]).toMatch(/ud fra: .*»Borgerne«/);
    // each suggested weight says why: the strongest, relative to it, or a single word
    for (const [i, id] of FOCUS_AREA_IDS.entries())
      if (expected.areas[id].reason) expect(items[i]).toMatch(/\((det stærkeste|mindst halvt så stærkt som \p{L}+|svagere end \p{L}+|kun ét udtryk, så højst »Noget«|ét og samme udtryk, så højst »Noget«)\)$/u);
    // nothing applied yet
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=1');
    expect(rec.events).toEqual([]);
    button(el, 'Brug forslaget').click();
    await el.updateComplete;
    expect(el.weights).toEqual(expected.weights);
    expect(checked(el)).toEqual(expected.weights);
    expect([rec.count('input'), rec.count('change')]).toEqual([1, 1]);
    expect(el.shadowRoot!.querySelector('[part="suggestion"]')).toBeNull();
    expect(textOf($(el, '[role="status"]'))).toBe('Forslaget er brugt.');
    rec.stop();
  });

  it('dismissing changes nothing', async () => {
    const el = await picker(`task="${TITLE}"`);
    button(el, 'Foreslå').click();
    await el.updateComplete;
    const rec = recordEvents();
    button(el, 'Afvis').click();
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=0');
    expect(el.shadowRoot!.querySelector('[part="suggestion"]')).toBeNull();
    expect(rec.events).toEqual([]);
    rec.stop();
  });

  it('says plainly when the text gives no evidence, and offers nothing to apply', async () => {
    const el = await picker('task="Xyzzy qwerty"');
    button(el, 'Foreslå').click();
    await el.updateComplete;
    expect(textOf($(el, '[part="suggestion"] p'))).toBe(STRINGS.da.noEvidence);
    expect($$(el, '[part="suggestion"] button').map(textOf)).toEqual(['Afvis']);
  });

  it('uses the English word list in English', async () => {
    const el = await picker('lang="en" task="Involve citizens in co-creating the new library"');
    button(el, 'Suggest').click();
    await el.updateComplete;
    const items = $$(el, '[part="suggestion"] li').map(textOf);
    expect(items[1]).toMatch(/^Innovation: (Clearly|Particularly) – from: /);
  });
});

describe('URL fragment', () => {
  const state = { weights: { faglighed: 2, innovation: 3, mening: 1, drift: 0 } as const, task: 'Bølger & blæst = Åen #1 50% + mere', description: 'Linje 1\nLinje 2 ?x=y&z' };

  it('stateToFragment percent-encodes and stateFromFragment reads it back (æøå, &, =, #, %, +)', () => {
    const f = stateToFragment(state);
    expect(f.startsWith(`opgave=${encodeURIComponent('faglighed=2&innovation=3&mening=1&drift=0')}&task=`)).toBe(true);
    expect(f).not.toMatch(/[ æøå#]/);
    expect(stateFromFragment(`#${f}`)).toEqual(state);
    expect(stateFromFragment(f)).toEqual(state);
  });

  it('leaves empty text out, and returns undefined without opgave', () => {
    expect(stateToFragment({ weights: { faglighed: 0, innovation: 0, mening: 0, drift: 3 }, task: '', description: '' })).toBe(
      'opgave=faglighed%3D0%26innovation%3D0%26mening%3D0%26drift%3D3',
    );
    expect(stateFromFragment('#faglighed')).toBeUndefined();
    expect(stateFromFragment('')).toBeUndefined();
    expect(stateFromFragment(undefined)).toBeUndefined();
  });

  it('is tolerant: unencoded weights, malformed parts and bad escapes', () => {
    expect(stateFromFragment('#opgave=faglighed=2&innovation=3&task=Hej')).toEqual({
      weights: { faglighed: 2, innovation: 3, mening: 0, drift: 0 },
      task: 'Hej',
      description: '',
    });
    expect(stateFromFragment('#opgave=drift%3D9%26mening%3D2&task=%E0%A4%A')?.weights).toEqual({ faglighed: 0, innovation: 0, mening: 2, drift: 0 });
  });

  it('property: any state round-trips', () => {
    const w = fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>;
    fc.assert(
      fc.property(fc.record({ faglighed: w, innovation: w, mening: w, drift: w }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (weights, task, description) => {
        expect(stateFromFragment(stateToFragment({ weights, task, description }))).toEqual({ weights, task, description });
      }),
      { numRuns: 300 },
    );
  });

  it('with url-state, reads the state from location.hash on connect and on hashchange', async () => {
    history.replaceState(null, '', `#${stateToFragment(state)}`);
    const el = await picker('url-state value="drift=3"');
    expect(el.value).toBe(formatWeights(state.weights));
    expect(el.task).toBe(state.task);
    expect($<HTMLTextAreaElement>(el, '#description').value).toBe(state.description);
    history.replaceState(null, '', '#opgave=drift%3D2&task=Andet');
    window.dispatchEvent(new Event('hashchange'));
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=2');
    expect(el.task).toBe('Andet');
    // a hash without opgave (e.g. a framework section) is left alone
    history.replaceState(null, '', '#faglighed');
    window.dispatchEvent(new Event('hashchange'));
    await el.updateComplete;
    expect(el.task).toBe('Andet');
  });

  it('without url-state, the hash is ignored', async () => {
    history.replaceState(null, '', `#${stateToFragment(state)}`);
    const el = await picker('value="drift=3"');
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=3');
    expect(el.task).toBe('');
  });
});

describe('copy', () => {
  const mockClipboard = (impl: (text: string) => Promise<void>) => {
    const writeText = vi.fn(impl);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return writeText;
  };
  /** Presses *Kopiér link* and returns the link put on the clipboard. */
  const copiedLink = async (el: LgTaskPicker, writeText: ReturnType<typeof mockClipboard>): Promise<URL> => {
    button(el, 'Kopiér link').click();
    await flush(el);
    return new URL(writeText.mock.calls.at(-1)![0]);
  };

  it('copies Markdown with the title, the weights in words and the strongest area with its points', async () => {
    const writeText = mockClipboard(async () => {});
    const el = await picker('task="Ny velfærdsteknologi" description="Sammen med borgerne." value="innovation=3&drift=1"');
    button(el, 'Kopiér som Markdown').click();
    await flush(el);
    expect(writeText).toHaveBeenCalledTimes(1);
    const md = writeText.mock.calls[0][0];
    expect(md).toContain('# Ny velfærdsteknologi');
    expect(md).toContain('Sammen med borgerne.');
    expect(md).toContain(`| ${titleOf(da, 'innovation')} | I særlig grad |`);
    expect(md).toContain(`| ${titleOf(da, 'drift')} | Noget |`);
    expect(md).toContain(`## ${titleOf(da, 'innovation')}`);
    expect(md).not.toContain(`## ${titleOf(da, 'drift')}`);
    for (const p of da.focusAreas[1].points) expect(md).toContain(`- ${p}`);
    expect(textOf($(el, '[role="status"]'))).toBe('Kopieret som Markdown.');
  });

  it('toMarkdown in English names an untitled task', () => {
    const md = toMarkdown({ weights: { faglighed: 1, innovation: 0, mening: 0, drift: 0 }, task: ' ', description: '' }, en, STRINGS.en, 'Q?');
    expect(md.startsWith('# Untitled task\n\n**Q?**\n\n| Focus area | Weight |')).toBe(true);
    expect(md).toContain(`## ${titleOf(en, 'faglighed')}\n\nWe will do this by:\n\n- `);
  });

  it('copies a link with the state in its fragment', async () => {
    const writeText = mockClipboard(async () => {});
    history.replaceState(null, '', '/side?x=1#gammel');
    const el = await picker('task="Æble & pære" value="mening=2"');
    const url = await copiedLink(el, writeText);
    expect(url.pathname + url.search).toBe('/side?x=1');
    expect(stateFromFragment(url.hash)).toEqual({ weights: { faglighed: 0, innovation: 0, mening: 2, drift: 0 }, task: 'Æble & pære', description: '' });
    expect(textOf($(el, '[role="status"]'))).toBe('Linket er kopieret.');
  });

  it('explains a weight from one keyword by what was written: one expression, or several forms of the same', async () => {
    const el = await picker();
    type($<HTMLInputElement>(el, '#task'), 'Ændringer i vagtplanen');
    type($<HTMLTextAreaElement>(el, '#description'), 'Vagtplan og vagtplaner for julen');
    await el.updateComplete;
    button(el, 'Foreslå ud fra teksten').click();
    await el.updateComplete;
    const drift = textOf($$(el, '[part="suggestion"] li')[3]);
    expect(drift).toBe('Drift: Noget – ud fra: »vagtplanen«, »Vagtplan«, »vagtplaner« (ét og samme udtryk, så højst »Noget«)');
    const one = await picker('lang="en"');
    type($<HTMLInputElement>(one, '#task'), 'New rota');
    await one.updateComplete;
    button(one, 'Suggest from the text').click();
    await one.updateComplete;
    expect(textOf($$(one, '[part="suggestion"] li')[3])).toBe('Operations: Somewhat – from: “rota” (a single expression, so at most “Somewhat”)');
  });

  it('with link-page, the copied link opens the intranet’s picker page (relative to this page); a bad one is said and not used', async () => {
    const writeText = mockClipboard(async () => {});
    history.replaceState(null, '', '/nyheder/artikel');
    const el = await picker('task="Budget" value="drift=3" link-page="https://intra.gentofte.dk/ledelse/opgave#gammel"');
    const url = await copiedLink(el, writeText);
    expect(url.origin + url.pathname).toBe('https://intra.gentofte.dk/ledelse/opgave');
    expect(stateFromFragment(url.hash)?.task).toBe('Budget');
    const relative = await picker('task="Budget" link-page="/ledelse/opgave"');
    expect((await copiedLink(relative, writeText)).pathname).toBe('/ledelse/opgave');
    expect(relative.shadowRoot!.querySelector('.notice')).toBeNull();
    const bad = await picker('task="Budget" link-page="javascript:alert(1)" lang="en"');
    expect(textOf($(bad, '.notice'))).toContain('The page for links (link-page) is not a web address; the link points to this page: "javascript:alert(1)"');
    button(bad, 'Copy link').click();
    await flush(bad);
    expect(new URL(writeText.mock.calls[2][0]).pathname).toBe('/nyheder/artikel');
  });

  it('knows which pages nobody else can open (an extension’s own) and which link-page values are no web address (the element in the loaded extension: extension.e2e)', () => {
    expect(linkPageFor(null, 'chrome-extension://abc/popup.html#opgave=x')).toBeUndefined();
    expect(linkPageFor('', 'moz-extension://abc/sidepanel.html')).toBeUndefined();
    expect(linkPageFor('https://intra/opgave', 'chrome-extension://abc/popup.html')).toBe('https://intra/opgave');
    expect(linkPageFor(null, 'https://intra/side#x')).toBe('https://intra/side');
    expect(linkPageFor(null, 'file:///C:/opgaver.html#x')).toBe('file:///C:/opgaver.html'); // a page saved locally: its own
    expect(isBadLinkPage('ftp://x/y', 'https://intra/')).toBe(true);
    expect(isBadLinkPage('  ', 'https://intra/')).toBe(false);
    expect(STRINGS.da.linkOnlyHere).toMatch(/kun åbnes i din egen browserudvidelse.*opgaven som tekst \(Markdown\)/);
  });

  it('never calls a link copied that would not open the task again: a 302-character title or a 5,001-character description', async () => {
    const writeText = mockClipboard(async () => {});
    for (const [attrs, lang] of [[`task="${'x'.repeat(302)}"`, 'da'], [`description="${'y'.repeat(5001)}"`, 'en']] as const) {
      const el = await picker(`${attrs} lang="${lang}"`);
      button(el, lang === 'da' ? 'Kopiér link' : 'Copy link').click();
      await flush(el);
      expect(writeText).not.toHaveBeenCalled();
      expect(textOf($(el, '[role="status"]'))).toBe(STRINGS[lang].linkTooLong(300, 5000));
      expect($(el, '[role="status"]').classList.contains('error')).toBe(true);
    }
    // at the limits, the link is copied and opens the same task
    const el = await picker(`task="${'x'.repeat(300)}" description="${'y'.repeat(5000)}"`);
    expect(stateFromFragment((await copiedLink(el, writeText)).hash)?.description).toHaveLength(5000);
  });

  it('when the clipboard fails: says so and shows the text to copy by hand', async () => {
    mockClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const el = await picker('task="Ting"');
    button(el, 'Kopiér link').click();
    await flush(el);
    expect(textOf($(el, '[role="status"]'))).toBe(STRINGS.da.copyFailed);
    const ta = $<HTMLTextAreaElement>(el, '.copy textarea');
    expect(ta.value).toContain('#opgave=');
    expect(textOf(ta.closest('label'))).toContain('Tekst til kopiering');
  });

  it('without navigator.clipboard at all (plain http), the same fallback', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const el = await picker('task="Ting"');
    button(el, 'Kopiér som Markdown').click();
    await flush(el);
    expect($<HTMLTextAreaElement>(el, '.copy textarea').value).toContain('# Ting');
  });
});

describe('print', () => {
  it('prints the picker alone, from a document of its own, and reports it', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const el = await picker('task="Ny vagtplan" value="drift=3"');
    button(el, 'Udskriv').click();
    await el.updateComplete;
    expect(print).not.toHaveBeenCalled(); // not the page around it
    expect(textOf($(el, '[role="status"]'))).toBe('Åbner udskrift …');
    const printed = await printedDocument();
    expect(printed).toMatchObject({ title: 'Ny vagtplan', lang: 'da', frames: 1 });
    expect(printed.text).toContain('Drift I særlig grad');
    button(el, 'Udskriv').click();
    expect((await printedDocument()).frames).toBe(1); // the frame of the last printout is gone
  });

  it('has print styles: light colours, no actions; the task title and description are printed as text', async () => {
    const el = await picker('task="Trykt opgave" description="Beskrevet"');
    const css = (el.constructor as typeof import('../../components/task-picker/task-picker').LgTaskPicker).elementStyles.map((s) => (s as CSSStyleSheet & { cssText: string }).cssText).join('\n');
    expect(css).toMatch(/@media print/);
    expect($(el, '.summary').classList.contains('print-only')).toBe(true);
    expect(textOf($(el, '.summary'))).toBe('Trykt opgave Beskrevet');
    expect($(el, '[part="actions"]').classList.contains('edit')).toBe(true);
  });
});

describe('new task', () => {
  it('clears the picker and fires input and change', async () => {
    const el = await picker('task="A" description="B" value="drift=2"');
    const rec = recordEvents();
    button(el, 'Ny opgave').click();
    await el.updateComplete;
    expect([el.task, el.description, el.value]).toEqual(['', '', 'faglighed=0&innovation=0&mening=0&drift=0']);
    expect([rec.count('input'), rec.count('change')]).toEqual([1, 1]);
    rec.stop();
  });
});

describe('a notice about a bad value', () => {
  it('quotes a few dozen characters of it, not 100 KB, on the page and in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const garbage = 'faglighed=x'.repeat(10_000);
    const el = await picker(`value="${garbage}"`);
    const notice = textOf($(el, '[part="notice"]'));
    expect(notice.length).toBeLessThan(200);
    expect(notice).toContain(`"${garbage.slice(0, 40)}…"`);
    const logged = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged.length).toBeLessThan(300);
    warn.mockRestore();
  });
});
