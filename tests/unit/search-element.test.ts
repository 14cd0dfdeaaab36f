import { describe, expect, it } from 'vitest';
import { LgSearch, type LgOpenDetail } from '../../components/search/search';
import { LgFocusAreas } from '../../components/focus-areas/focus-areas';
import { LgFocusAreaCard } from '../../components/focus-area-card/focus-area-card';
import { getFramework } from '../../content/index';
import { afterMutation, deepActiveElement, mount, settle, textOf, useCleanDocument } from './element-helpers';

// Registered here (guarded) until components/define.ts registers <lg-search>.
if (!customElements.get('lg-search')) customElements.define('lg-search', LgSearch);
if (!customElements.get('lg-focus-areas')) customElements.define('lg-focus-areas', LgFocusAreas);
if (!customElements.get('lg-focus-area-card')) customElements.define('lg-focus-area-card', LgFocusAreaCard);

const da = getFramework('da');
const mening = da.focusAreas.find((a) => a.id === 'mening')!;

useCleanDocument();

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const field = (el: LgSearch) => q<HTMLInputElement>(el, 'input')!;
const results = (el: LgSearch) => qa(el, '[part~="result"]');
const status = (el: LgSearch) => textOf(q(el, '[role="status"]'));

/** Types into the field like a user (sets its value and fires `input`), then waits for the render. */
async function type(el: LgSearch, text: string): Promise<void> {
  const f = field(el);
  f.focus();
  f.value = text;
  f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

async function key(target: Element, k: string, el: LgSearch): Promise<KeyboardEvent> {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  await settle(el);
  return e;
}

describe('<lg-search>', () => {
  it('has a labelled search field', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    const f = field(el);
    expect(f.type).toBe('search');
    const label = q<HTMLLabelElement>(el, 'label')!;
    expect(textOf(label)).toBe('Søg i ledelsesgrundlaget');
    expect(label.htmlFor).toBe(f.id);
  });

  it('shows its slot (and no results) while the field is empty or blank', async () => {
    const el = await mount<LgSearch>('<lg-search><lg-focus-areas></lg-focus-areas></lg-search>');
    expect(q(el, 'slot')).not.toBeNull();
    expect(results(el)).toHaveLength(0);
    expect(status(el)).toBe('');
    await type(el, 'miljø');
    expect(q(el, 'slot')).toBeNull();
    await type(el, '   ');
    expect(q(el, 'slot')).not.toBeNull();
    expect(results(el)).toHaveLength(0);
  });

  it('typing "arbejdsmiljo" shows results for mening with the match in <mark>, its area and its kind', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'arbejdsmiljo');
    const list = results(el);
    expect(list.length).toBeGreaterThanOrEqual(2);
    const first = list[0];
    expect(first.localName).toBe('button');
    expect(first.classList.contains('mening')).toBe(true);
    expect(textOf(first.querySelector('mark'))).toBe('arbejdsmiljø');
    expect(textOf(first.querySelector('[part="result-text"]'))).toMatch(/godt arbejdsmiljø sammen med TRIO og MED/);
    const meta = first.querySelector('[part="result-meta"]')!;
    // The area is named in words beside its colour marker, never by colour alone.
    expect(meta.querySelector('[part="marker"]')).not.toBeNull();
    expect(textOf(meta.querySelector('.label'))).toBe(mening.title);
    expect(['Hvad gør vi?', 'Punkt']).toContain(textOf(meta.querySelector('.kind')));
    expect(list.map((r) => textOf(r.querySelector('.kind')))).toContain('Lederrollen');
    expect(list.map((r) => textOf(r.querySelector('.kind')))).toContain('Ordforklaring');
  });

  it('announces the number of results in a polite live region', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    const region = q(el, '[part="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    await type(el, 'arbejdsmiljo');
    expect(status(el)).toBe(`${el.results.length} resultater`);
    await type(el, 'trio glossary-nonsense');
    expect(status(el)).toBe('Ingen resultater for »trio glossary-nonsense«');
    await type(el, 'synergien');
    expect(status(el)).toBe('1 resultat');
    // The same region stays in place (live regions must exist before they change).
    expect(q(el, '[part="status"]')).toBe(region);
  });

  it('shows 20 results at a time, with "vis flere"', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'ledelse');
    const total = el.results.length;
    expect(total).toBeGreaterThan(20);
    expect(results(el)).toHaveLength(20);
    const more = q(el, '[part="more"]')!;
    expect(textOf(more)).toBe(`Vis ${total - 20} flere`);
    more.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 0));
    expect(results(el)).toHaveLength(Math.min(total, 40));
    // Focus goes to the first of the new results.
    expect(deepActiveElement()).toBe(results(el)[20]);
    // A new query starts again at 20.
    await type(el, 'leder');
    expect(results(el).length).toBeLessThanOrEqual(20);
  });

  it('keyboard: ArrowDown from the field to the results, ArrowUp/ArrowDown between them, Escape clears', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'fællesskab');
    const list = results(el);
    expect(deepActiveElement()).toBe(field(el));

    expect((await key(field(el), 'ArrowDown', el)).defaultPrevented).toBe(true);
    expect(deepActiveElement()).toBe(list[0]);
    await key(list[0], 'ArrowDown', el);
    expect(deepActiveElement()).toBe(list[1]);
    await key(list[1], 'ArrowDown', el);
    expect(deepActiveElement()).toBe(list[2]);
    await key(list[2], 'ArrowUp', el);
    expect(deepActiveElement()).toBe(list[1]);
    await key(list[1], 'End', el);
    expect(deepActiveElement()).toBe(list[list.length - 1]);
    await key(list[list.length - 1], 'Home', el);
    expect(deepActiveElement()).toBe(list[0]);
    await key(list[0], 'ArrowUp', el);
    expect(deepActiveElement()).toBe(field(el));

    await key(field(el), 'ArrowDown', el);
    const inputs: Event[] = [];
    el.addEventListener('input', (e) => inputs.push(e));
    await key(list[0], 'Escape', el);
    expect(el.value).toBe('');
    expect(field(el).value).toBe('');
    expect(results(el)).toHaveLength(0);
    expect(deepActiveElement()).toBe(field(el));
    expect(inputs).toHaveLength(1);

    // Escape in the field clears too.
    await type(el, 'trio');
    expect(results(el).length).toBeGreaterThan(0);
    expect((await key(field(el), 'Escape', el)).defaultPrevented).toBe(true);
    expect(el.value).toBe('');
    // On an empty field Escape is left alone (a popup may close on it).
    expect((await key(field(el), 'Escape', el)).defaultPrevented).toBe(false);
  });

  it('Enter or a click on a result fires lg-open with the target, area, kind and text', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    const opened: CustomEvent<LgOpenDetail>[] = [];
    document.addEventListener('lg-open', (e) => opened.push(e as CustomEvent<LgOpenDetail>));
    await type(el, 'arbejdsmiljo');
    const [first, second] = results(el);
    const hits = el.results;

    await key(field(el), 'ArrowDown', el);
    expect((await key(first, 'Enter', el)).defaultPrevented).toBe(true);
    expect(opened).toHaveLength(1);
    const e = opened[0];
    expect(e.bubbles && e.composed && e.cancelable).toBe(true);
    expect(e.detail).toEqual({ target: 'mening', areaId: 'mening', kind: hits[0].kind, text: hits[0].text, id: hits[0].id, match: 'arbejdsmiljø' });

    second.click();
    expect(opened).toHaveLength(2);
    expect(opened[1].detail.text).toBe(hits[1].text);

    // The glossary: no area.
    await type(el, 'TRIO');
    results(el)[0].click();
    expect(opened[2].detail).toEqual({ target: 'ordforklaringer', kind: 'glossary', text: 'TRIO', id: 'glossary.trio.term', match: 'TRIO' });
    // A reflection question: its level.
    await type(el, 'kalder opgaven');
    results(el)[0].click();
    expect(opened[3].detail).toMatchObject({ target: 'refleksion', kind: 'reflection', levelId: 'arbejdsfaellesskaber' });
  });

  it('with href, results are links to href#target; cancelling lg-open keeps the link from navigating', async () => {
    const el = await mount<LgSearch>('<lg-search href="framework.html"></lg-search>');
    await type(el, 'arbejdsmiljo');
    const link = results(el)[0] as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    // the phrase matched travels with the link, for lg-framework to mark
    expect(link.getAttribute('href')).toBe('framework.html#mening&mark=arbejdsmilj%C3%B8');

    const seen: string[] = [];
    const cancel = (e: Event) => {
      seen.push((e as CustomEvent<LgOpenDetail>).detail.target);
      e.preventDefault();
    };
    el.addEventListener('lg-open', cancel);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(seen).toEqual(['mening']);
    expect(click.defaultPrevented).toBe(true);
    el.removeEventListener('lg-open', cancel);

    // Not cancelled: the click is left to the link.
    const passive: string[] = [];
    el.addEventListener('lg-open', (e) => passive.push(e.detail.target));
    const click2 = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.addEventListener('click', (e) => e.preventDefault()); // (keeps happy-dom from navigating)
    link.dispatchEvent(click2);
    expect(passive).toEqual(['mening']);

    // A ctrl-click (new tab) is the browser's business: no lg-open.
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(passive).toEqual(['mening']);
  });

  it('autofocus-field focuses the field as soon as it renders; focus() focuses the field', async () => {
    const el = await mount<LgSearch>('<lg-search autofocus-field></lg-search>');
    expect(deepActiveElement()).toBe(field(el));
    const other = await mount<LgSearch>('<button>x</button><lg-search></lg-search>', 'lg-search');
    expect(deepActiveElement()).not.toBe(field(other));
    other.focus();
    expect(deepActiveElement()).toBe(field(other));
  });

  it('English: label, results from the English text, kinds and the live region', async () => {
    const el = await mount<LgSearch>('<lg-search lang="en"></lg-search>');
    expect(textOf(q(el, 'label'))).toBe('Search the leadership framework');
    await type(el, 'work environment');
    const first = results(el)[0];
    expect(first.classList.contains('mening')).toBe(true);
    expect(first.querySelectorAll('mark')).toHaveLength(2);
    expect(textOf(first.querySelector('.kind'))).toMatch(/^(What do we do\?|Point)$/);
    expect(status(el)).toMatch(/^\d+ results?$/);
    await type(el, 'xyzzy');
    expect(status(el)).toBe('No results for “xyzzy”');
  });

  it('follows a change of language, keeping the query', async () => {
    const el = await mount<LgSearch>('<div lang="da"><lg-search></lg-search></div>', 'lg-search');
    await type(el, 'TRIO');
    expect(textOf(results(el)[0].querySelector('.kind'))).toBe('Ordforklaring');
    el.parentElement!.setAttribute('lang', 'en');
    await afterMutation(el);
    expect(textOf(results(el)[0].querySelector('.kind'))).toBe('Glossary');
    expect(field(el).value).toBe('TRIO');
  });

  it('takes its query from the value property or attribute', async () => {
    const el = await mount<LgSearch>('<lg-search value="fællesskab"></lg-search>');
    expect(field(el).value).toBe('fællesskab');
    expect(results(el).length).toBeGreaterThan(0);
    el.value = '';
    await settle(el);
    expect(field(el).value).toBe('');
    expect(q(el, 'slot')).not.toBeNull();
  });

  it('long texts are shown as an excerpt around the match', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'synergien');
    const text = textOf(results(el)[0].querySelector('[part="result-text"]'));
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(200);
    expect(textOf(results(el)[0].querySelector('mark'))).toBe('synergien');
  });

  it('renders a keystroke quickly', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'a'); // warm up (builds the index)
    const t = performance.now();
    for (const s of ['f', 'fæ', 'fæl', 'fæll', 'fælle', 'fælles']) await type(el, s);
    // Generous for happy-dom on a slow machine; a real browser is far faster.
    expect((performance.now() - t) / 6).toBeLessThan(100);
  });
});

describe('related words and the other language', () => {
  it('finds through the suggester’s word lists: “budget” gives drift’s texts on the economy, marked as related', async () => {
    const el = await mount<LgSearch>('<lg-search></lg-search>');
    await type(el, 'budget');
    const hits = el.results;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.areaId === 'drift' && h.related)).toBe(true);
    expect(hits.map((h) => h.related)).toContain('økonomi');
    const texts = results(el).map(textOf);
    expect(texts.some((t) => t.includes('økonomisk') && t.includes('beslægtet ord: »økonomi«'))).toBe(true);
  });

  it('offers the other language’s results, labelled with their language, where this one has none', async () => {
    const el = await mount<LgSearch>('<lg-search lang="en"></lg-search>');
    await type(el, 'ordentlighed');
    expect(el.results).toEqual([]);
    expect(status(el)).toMatch(/^No results for “ordentlighed” in English\. In Danish: \d+ results?\.$/);
    const items = [...el.shadowRoot!.querySelectorAll('#results li')];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => li.getAttribute('lang') === 'da')).toBe(true);
    expect(textOf(items[0])).toMatch(/ordentlighed/i);
  });
});

