import { describe, expect, it, vi } from 'vitest';
import '../../components/define';
import { getFramework, type Section } from '../../content/index';
import type { LgFocusAreaCard, LgFramework } from '../../components/index';
import { afterMutation, deepActiveElement, deepText, mount, settle, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');
const allSections = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...allSections(s.subsections ?? [])]);

const warn = useCleanDocument();

const framework = (attrs = '') => mount<LgFramework>(`<lg-framework ${attrs}></lg-framework>`);
const root = (el: Element) => el.shadowRoot!;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<lg-framework>', () => {
  it('renders the whole framework in Danish, in reading order', async () => {
    const el = await framework();
    const r = root(el);
    expect(textOf(r.querySelector('h2[part="title"]'))).toBe('Fælles ledelsesgrundlag');
    expect(r.querySelector('[part="translation-note"]')).toBeNull();
    for (const s of allSections(da.sections)) {
      const section = r.getElementById(s.id)!;
      expect(section.localName).toBe('section');
      expect(textOf(r.getElementById(section.getAttribute('aria-labelledby')!))).toBe(s.heading);
      expect([...section.querySelectorAll(':scope > p:not([part="quote"])')].map(textOf)).toEqual(s.paragraphs);
    }
    expect(textOf(r.querySelector('#sammen h4'))).toBe('Vi er sammen om god ledelse');
    // the pull quote: the section's own sentence, set large as in print, read once (in its paragraph)
    const quote = r.querySelector('#hvorfor p[part="quote"]')!;
    expect(textOf(quote)).toBe(da.sections[0].quote);
    expect(quote.getAttribute('aria-hidden')).toBe('true');
    expect(da.sections[0].paragraphs.join(' ')).toContain(da.sections[0].quote!);
    expect(textOf(r.querySelector('[part="symbol"] figcaption'))).toBe(da.symbol!.caption);
    expect(r.querySelector('[part="symbol"] svg')!.getAttribute('aria-hidden')).toBe('true');

    // After the table of contents, which names the headings first.
    const nav = deepText(r.querySelector('nav')!);
    const text = deepText(el).slice(deepText(el).indexOf(nav) + nav.length);
    const order = [da.sections[0].heading, da.symbol!.caption, da.focusAreas[0].title, da.focusAreas[3].leaderRole[3], da.reflection[3].title, da.closing[0], da.glossary.heading];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows each focus area in full, as the card draws it, in a section whose id is the area id, in its one shadow root', async () => {
    const el = await framework();
    expect(root(el).querySelector('lg-focus-area-card, lg-reflection')).toBeNull();
    for (const a of da.focusAreas) {
      const section = root(el).getElementById(a.id)!;
      expect(section.localName).toBe('section');
      expect(section.getAttribute('aria-label')).toBe(a.title);
      const card = section.querySelector('[part="card"]')!;
      expect(card.classList.contains(a.id)).toBe(true);
      expect(textOf(card.querySelector('h4[part="heading"]'))).toBe(a.title);
      expect([...card.querySelectorAll('[part="statements"] li')].map(textOf)).toEqual(a.statements);
      expect([...card.querySelectorAll('[part="leader-role"] p')].map(textOf)).toEqual(a.leaderRole);
    }
    // the same box as a card of its own draws, heading for heading
    const own = await mount<LgFocusAreaCard>('<lg-focus-area-card area="mening" variant="full" heading-level="4"></lg-focus-area-card>');
    const inFramework = root(el).querySelector('#mening [part="card"]')!;
    expect(textOf(inFramework)).toBe(textOf(own.shadowRoot!.querySelector('[part="card"]')));
  });

  it('includes the reflection questions, the closing text and the glossary marked as the tool\'s own', async () => {
    const el = await framework();
    const r = root(el);
    const reflection = r.querySelector('#refleksion .levels')!;
    expect([...reflection.querySelectorAll('h4')].map(textOf)).toEqual(da.reflection.map((l) => l.title));
    expect(textOf(r.querySelector('#refleksion h3'))).toBe('Refleksionsspørgsmål');
    expect(deepText(reflection)).toContain(da.reflection[2].parts[1].questions[0].text);
    expect([...r.querySelectorAll('#om p')].map(textOf)).toEqual(da.closing);
    const glossary = r.getElementById('ordforklaringer')!;
    expect(glossary.getAttribute('part')).toContain('glossary');
    expect(textOf(glossary.querySelector('h3'))).toBe('Ordforklaringer');
    expect(textOf(glossary.querySelector('.note'))).toBe(da.glossary.note);
    expect([...glossary.querySelectorAll('dt')].map(textOf)).toEqual(da.glossary.entries.map((e) => e.term));
    expect([...glossary.querySelectorAll('dd')].map(textOf)).toEqual(da.glossary.entries.map((e) => e.explanation));
  });

  it('in English shows the translation note at the top and reads getFramework("en")', async () => {
    expect(en.translationNote).toBeTruthy();
    const el = await framework('lang="en"');
    const r = root(el);
    const doc = r.querySelector('.doc')!;
    expect(doc.getAttribute('lang')).toBe('en');
    const note = r.querySelector('[part="translation-note"]')!;
    expect(textOf(note)).toBe(en.translationNote);
    // Right under the title, before the table of contents and the text.
    expect([...doc.children].indexOf(note)).toBe(1);
    expect(textOf(r.querySelector('[part="title"]'))).toBe(en.title);
    expect(textOf(r.getElementById(r.querySelector('nav')!.getAttribute('aria-labelledby')!))).toBe('Contents');
    expect(textOf(r.getElementById('ordforklaringer')!.querySelector('.note'))).toBe(en.glossary.note);
    expect(textOf(r.querySelector('#drift [part="card"] > h4'))).toBe(en.focusAreas[3].title);
    expect(deepText(r.querySelector('#refleksion')!)).toContain(en.reflection[0].title);
    // the note on a translation once, at the top (not again in each area)
    expect(r.querySelectorAll('[part~="translation-note"]')).toHaveLength(1);
  });

  it('switches language, nested cards and questions included, when <html lang> changes', async () => {
    const el = await framework();
    document.documentElement.lang = 'en-GB';
    await afterMutation(el);
    expect(deepText(el)).toContain(en.focusAreas[0].leaderRole[0]);
    expect(textOf(root(el).querySelector('[part="translation-note"]'))).toBe(en.translationNote);
    document.documentElement.lang = 'fr';
    await afterMutation(el);
    expect(root(el).querySelector('[part="translation-note"]')).toBeNull();
    expect(deepText(el)).toContain(da.focusAreas[0].leaderRole[0]);
    // A page in a language we do not ship gets Danish, marked as Danish.
    expect(root(el).querySelector('.doc')!.getAttribute('lang')).toBe('da');
  });

  it('has a labelled navigation with links to every section and every area, each to an existing id', async () => {
    const el = await framework();
    const nav = root(el).querySelector('nav')!;
    // labelled by a real heading, one level below the title (not a paragraph made to look like one)
    const label = root(el).getElementById(nav.getAttribute('aria-labelledby')!)!;
    expect([label.localName, textOf(label)]).toEqual(['h3', 'Indhold']);
    expect(nav.firstElementChild).toBe(label);
    const links = [...nav.querySelectorAll('a')];
    const byHref = new Map(links.map((a) => [a.getAttribute('href'), textOf(a)]));
    for (const a of da.focusAreas) expect(byHref.get(`#${a.id}`)).toBe(a.title);
    for (const s of allSections(da.sections)) expect(byHref.get(`#${s.id}`)).toBe(s.heading);
    expect(byHref.get('#refleksion')).toBe('Refleksionsspørgsmål');
    expect(byHref.get('#ordforklaringer')).toBe('Ordforklaringer');
    for (const a of links) expect(root(el).getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    // Keyboard: real links, nothing with a positive tabindex anywhere.
    expect(links.every((a) => a.hasAttribute('href'))).toBe(true);
    expect(root(el).querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(0);
  });

  it('follows a deep link on load: #drift focuses the area\'s heading', async () => {
    history.replaceState(null, '', '#drift');
    const el = await framework();
    await tick();
    const focused = deepActiveElement()!;
    expect(textOf(focused)).toBe(da.focusAreas[3].title);
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(el);
  });

  it('follows hashchange to a section: focus moves to the section heading', async () => {
    const el = await framework();
    location.hash = '#kontekst';
    await tick();
    await settle(el);
    expect(deepActiveElement()).toBe(root(el).getElementById('kontekst-h'));
    expect(textOf(deepActiveElement())).toBe('God ledelse er kontekstbestemt');
    location.hash = '#mening';
    await tick();
    expect(textOf(deepActiveElement())).toBe(da.focusAreas[2].title);
  });

  it('handles its navigation links itself: no default, focus on the target heading, URL updated', async () => {
    const el = await framework();
    const link = root(el).querySelector<HTMLAnchorElement>('nav a[href="#innovation"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(location.hash).toBe('#innovation');
    await tick();
    await settle(el);
    expect(textOf(deepActiveElement())).toBe(da.focusAreas[1].title);
    // A modified click (open in a new tab) is left to the browser.
    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    root(el).querySelector('nav a[href="#ordforklaringer"]')!.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(false);
  });

  it('show() reports unknown ids and leaves focus alone', async () => {
    const el = await framework();
    expect(await el.show('nope')).toBe(false);
    expect(await el.show('refleksion')).toBe(true);
    expect(textOf(deepActiveElement())).toBe('Refleksionsspørgsmål');
  });

  it('ignores hashes that are not its own', async () => {
    history.replaceState(null, '', '#something-else');
    await framework();
    await tick();
    expect(document.activeElement).toBe(document.body);
  });

  it('takes its heading levels from heading-level (1–6) and warns once for a malformed one', async () => {
    let el = await framework('heading-level="1"');
    expect(textOf(root(el).querySelector('h1'))).toBe('Fælles ledelsesgrundlag');
    expect(textOf(root(el).querySelector('#hvorfor > h2'))).toBe(da.sections[0].heading);
    expect(root(el).querySelector('#drift [part="card"] > h3')).not.toBeNull();
    el = await framework('heading-level="zero"');
    expect(textOf(root(el).querySelector('h2[part="title"]'))).toBe('Fælles ledelsesgrundlag');
    expect(textOf(root(el).querySelector('.notice'))).toBe('Ugyldigt overskriftsniveau (heading-level): "zero". Gyldige værdier: 1–6.');
    el.requestUpdate();
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('stops listening for hashchange when removed', async () => {
    const el = await framework();
    const show = vi.spyOn(el, 'show');
    el.remove();
    location.hash = '#drift';
    await tick();
    expect(show).not.toHaveBeenCalled();
  });
});
