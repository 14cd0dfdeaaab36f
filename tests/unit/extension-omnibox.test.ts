/**
 * The address bar keyword `lg`: suggestions from the framework's search (the same as the popup's), with the
 * matched words marked for Chrome and plain text for Firefox; choosing one opens that place in a tab; nothing at
 * all when IT has turned it off.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import da from '../../content/gentofte/da.json';
import { MAX_SUGGESTIONS, describe as describeHit, setupOmnibox, snippet, suggestions, type OmniboxHit } from '../../extension/background/omnibox';
import { find } from '../../extension/lib/find';
import { resolveSettings } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';

afterEach(() => void vi.restoreAllMocks());

const TRIO_POINT = 'løbende sikre et godt arbejdsmiljø sammen med TRIO og MED';
const MENING = da.focusAreas.find((a) => a.id === 'mening')!.title;

function setup({ policy = {}, user = {}, markup = true, ui = 'da-DK' } = {}) {
  const t = testBrowser({ uiLanguage: ui });
  const handlers = setupOmnibox(t.browser, { search: find, settings: async () => resolveSettings(user, policy, ui), markup });
  const typed = async (text: string) => {
    const suggest = vi.fn();
    await handlers.onInputChanged(text, suggest);
    return suggest.mock.calls[0][0] as Array<{ content: string; description: string }>;
  };
  return { ...t, ...handlers, typed };
}

describe('suggestions', () => {
  it('finds the TRIO/MED point of "mening" for "arbejdsmiljo", the matched word marked, its area dimmed (Chrome)', async () => {
    const { typed } = setup();
    const results = await typed('arbejdsmiljo');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    const point = results.find((r) => r.description.includes('løbende sikre et godt'));
    expect(point?.description).toBe(`løbende sikre et godt <match>arbejdsmiljø</match> sammen med TRIO og MED <dim>— ${MENING}</dim>`);
    expect(point?.content).toBe(TRIO_POINT);
  });

  it('gives Firefox plain text, which it shows as it is', async () => {
    const { typed } = setup({ markup: false });
    const results = await typed('arbejdsmiljo');
    const point = results.find((r) => r.content === TRIO_POINT);
    expect(point?.description).toBe(`${TRIO_POINT} — ${MENING}`);
    expect(results.every((r) => !/<\/?(match|dim)>/.test(r.description))).toBe(true);
  });

  it('is tolerant of inflection and missing æ/ø/å', async () => {
    const { typed } = setup();
    expect((await typed('faellesskab')).length).toBeGreaterThan(0);
    expect((await typed('faglig kompetent')).some((r) => r.description.includes('fagligt kompetente'))).toBe(true);
  });

  it('searches the English text when the settings say English', async () => {
    const { typed } = setup({ user: { language: 'en' } });
    const results = await typed('working environment');
    expect(results.some((r) => r.content.includes('working environment together with TRIO and MED'))).toBe(true);
  });

  it('suggests nothing for an empty query, with a hint as the default suggestion', async () => {
    const { typed, omnibox } = setup();
    expect(await typed('   ')).toEqual([]);
    expect(omnibox.setDefaultSuggestion).toHaveBeenLastCalledWith({ description: expect.stringContaining('Skriv') });
  });

  it('answers nothing when IT has turned it off, and says so', async () => {
    const { typed, omnibox } = setup({ policy: { showOmnibox: false } });
    expect(await typed('arbejdsmiljo')).toEqual([]);
    expect(omnibox.setDefaultSuggestion).toHaveBeenLastCalledWith({ description: expect.stringContaining('slået fra') });
  });
});

describe('the markup', () => {
  const hit = (text: string, ranges: Array<[number, number]>, label = 'Område <1> & "2"'): OmniboxHit => ({ text, ranges, target: 'drift', label });

  it("escapes XML in Chrome's descriptions", () => {
    expect(describeHit(hit('a < b & c', [[4, 5]]), true)).toBe('a &lt; <match>b</match> &amp; c <dim>— Område &lt;1&gt; &amp; &quot;2&quot;</dim>');
  });

  it('ignores ranges that do not fit the text', () => {
    expect(describeHit(hit('abc', [[2, 9], [-1, 1], [1, 1]], ''), true)).toBe('abc');
  });

  it('cuts a long text around the first match, keeping the match marked', () => {
    const text = `${'før '.repeat(40)}arbejdsmiljø${' efter'.repeat(40)}`;
    const at = text.indexOf('arbejdsmiljø');
    const s = snippet(hit(text, [[at, at + 12]]));
    expect(s.text.length).toBeLessThan(100);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.slice(s.ranges[0][0], s.ranges[0][1])).toBe('arbejdsmiljø');
  });

  it('gives every suggestion a unique content', () => {
    const same = hit('samme tekst', [[0, 5]]);
    const { results, targets } = suggestions([same, same, { ...same, target: 'mening' }], false);
    expect(new Set(results.map((r) => r.content)).size).toBe(3);
    expect([...targets.values()]).toEqual(['drift', 'drift', 'mening']);
  });
});

describe('choosing', () => {
  it('opens the chosen suggestion at its place of the framework, in the tab the browser asks for', async () => {
    const { typed, onInputEntered, fake } = setup();
    const create = vi.spyOn(fake.tabs, 'create');
    // (the fake's tabs.update needs a tab id; the browser's updates the current tab without one)
    const update = vi.spyOn(fake.tabs, 'update').mockResolvedValue({} as never);
    await typed('arbejdsmiljo');
    await onInputEntered(TRIO_POINT, 'newForegroundTab');
    expect(create).toHaveBeenLastCalledWith({ url: 'chrome-extension://test-extension-id/framework.html#mening', active: true });
    await onInputEntered(TRIO_POINT, 'newBackgroundTab');
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/framework\.html#mening$/), active: false });
    await onInputEntered(TRIO_POINT, 'currentTab');
    expect(update).toHaveBeenLastCalledWith({ url: expect.stringMatching(/framework\.html#mening$/) });
  });

  it('opens the first hit for typed text that was not a suggestion, and the top of the framework for no hit', async () => {
    const { onInputEntered, fake } = setup();
    const create = vi.spyOn(fake.tabs, 'create');
    await onInputEntered('innovative fællesskaber', 'newForegroundTab');
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/framework\.html#innovation$/), active: true });
    await onInputEntered('xyzzyxyzzy', 'newForegroundTab');
    expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/framework\.html$/), active: true });
  });

  it('does nothing when IT has turned it off', async () => {
    const { onInputEntered, fake } = setup({ policy: { showOmnibox: false } });
    const create = vi.spyOn(fake.tabs, 'create');
    const update = vi.spyOn(fake.tabs, 'update');
    await onInputEntered('arbejdsmiljo', 'newForegroundTab');
    expect(create).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
  });

  it('registers both listeners with the browser', () => {
    const { omnibox } = setup();
    expect(omnibox.onInputChanged.addListener).toHaveBeenCalledOnce();
    expect(omnibox.onInputEntered.addListener).toHaveBeenCalledOnce();
  });
});
