/**
 * The React wrappers (components/react/) rendered by React: a controlled TaskPicker keeps the weight a person chose,
 * by mouse and by keyboard, even when the app also sets state in `onInput` (a render between the element's `input`
 * and `change` used to set the old value again, uncheck the radio and swallow the `change`).
 */
import { act, createElement as h, useState, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskPicker } from '../../components/react/task-picker';
import { FocusAreas, ReflectionJournal, Round, Search } from '../../components/react';
import { editDraft, emptyEntryDraft } from '../../content/journal-draft';
import type { LgTaskPicker } from '../../components/task-picker/task-picker';
import { draftOf, keptForm } from '../../content/task-draft';
import { roundCode } from '../../content/round-code';
import type { LgRound } from '../../components/round/round';
import type { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { useFreshIndexedDB } from './idb-fixtures';
import { checked, radio } from './task-picker-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

/** A controlled picker, as the README writes it, whose app also counts keystrokes in `onInput`. */
function App() {
  const [value, setValue] = useState('drift=3');
  const [inputs, setInputs] = useState(0);
  return h(
    'div',
    null,
    h(TaskPicker, {
      noStorage: true,
      value,
      onInput: (e) => setInputs((n) => n + (e.currentTarget.value ? 1 : 0)),
      onChange: (e) => setValue(e.currentTarget.value),
    }),
    h('output', { id: 'value' }, value),
    h('output', { id: 'inputs' }, String(inputs)),
  );
}

async function renderApp(): Promise<LgTaskPicker> {
  const host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  await act(async () => root!.render(h(App)));
  const el = document.querySelector('lg-task-picker') as LgTaskPicker;
  await el.updateComplete;
  return el;
}

/** Lets React's scheduled renders and the element's updates run. */
async function settle(el: { readonly updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    await el.updateComplete;
  }
}

/** Renders `node` with React into a fresh root; the element `tag` once React and the element have settled. */
async function rendered<T extends Element & { readonly updateComplete: Promise<unknown> }>(node: ReactElement, tag: string): Promise<T> {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  await act(async () => root!.render(node));
  const el = document.querySelector(tag) as T;
  await settle(el);
  return el;
}

describe('a controlled TaskPicker', () => {
  it('keeps the weight a person chose while the app sets other state in onInput', async () => {
    const el = await renderApp();
    // What a browser does on a click or an arrow key in a radio group: checks the radio, fires input, runs the
    // microtasks (React renders here, with the value it had), then fires change. (Chromium does it for real in
    // tests/e2e/consumers.e2e.ts, by mouse and keyboard.)
    const next = radio(el, 'mening', 2);
    next.checked = true;
    next.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    next.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(document.getElementById('value')!.textContent).toBe('faglighed=0&innovation=0&mening=2&drift=3');
    expect(el.value).toBe('faglighed=0&innovation=0&mening=2&drift=3');
    expect(checked(el).mening).toBe(2);
    expect(document.getElementById('inputs')!.textContent).toBe('1');
  });

  it('goes back to its value when the app does not take the change (controlled means the app decides)', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    await act(async () => root!.render(h(TaskPicker, { noStorage: true, value: 'drift=1', onChange: () => undefined })));
    const el = document.querySelector('lg-task-picker') as LgTaskPicker;
    await el.updateComplete;
    radio(el, 'drift', 3).click();
    await settle(el);
    // The app rendered nothing new, so React set nothing: the element keeps what the person chose until the app does.
    await act(async () => root!.render(h(TaskPicker, { noStorage: true, value: 'drift=1', onChange: () => undefined, title: 'again' })));
    await settle(el);
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=1');
    expect(checked(el).drift).toBe(1);
  });
});

describe('the wrappers', () => {
  it('register their tags and pass props as properties', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    await act(async () => root!.render(h('div', null, h(FocusAreas, { headingLevel: '3' }), h(Search, { value: 'trio' }), h(Round))));
    for (const tag of ['lg-focus-areas', 'lg-search', 'lg-round', 'lg-dialogue']) expect(customElements.get(tag), tag).toBeDefined();
    expect(document.querySelector('lg-focus-areas')!.headingLevel).toBe('3');
    expect(document.querySelector('lg-search')!.value).toBe('trio');
  });
});

/**
 * React sets a wrapper's props after the element is in the page: the picker takes its kept form (localStorage) at its
 * first render, when they are there, not when it is connected.
 */
describe('a TaskPicker given props by React, with a form kept from an earlier visit', () => {
  const kept = (task: string) => keptForm(draftOf({ task, description: '', weights: { faglighed: 3, innovation: 0, mening: 0, drift: 0 } }))!;
  const picker = (props: Parameters<typeof TaskPicker>[0]) => rendered<LgTaskPicker>(h(TaskPicker, props), 'lg-task-picker');
  afterEach(() => localStorage.clear());

  it('a task given as a prop wins over the kept form, which is not brought back', async () => {
    localStorage.setItem('lg-task-draft', kept('Gammel opgave'));
    const el = await picker({ task: 'Ny vagtplan' });
    expect([el.task, el.value]).toEqual(['Ny vagtplan', 'faglighed=0&innovation=0&mening=0&drift=0']);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).toBe('');
  });

  it('draftKey as a prop: the form kept under that key comes back, not the default one', async () => {
    localStorage.setItem('lg-task-draft', kept('Fra standardnøglen'));
    localStorage.setItem('team-a', kept('Team A’s opgave'));
    const el = await picker({ draftKey: 'team-a' });
    expect(el.task).toBe('Team A’s opgave');
  });

  it('noStorage as a prop: nothing is brought back', async () => {
    localStorage.setItem('lg-task-draft', kept('Gammel opgave'));
    const el = await picker({ noStorage: true });
    expect(el.task).toBe('');
  });
});

describe('a ReflectionJournal given its draftKey by React', () => {
  afterEach(() => localStorage.clear());

  it('brings back the draft kept under that key, not the default one', async () => {
    const kept = (value: string) => JSON.stringify({ v: 1, content: editDraft(emptyEntryDraft(), { area: 'drift', field: 'strengths', value }).content, at: new Date().toISOString() });
    localStorage.setItem('lg-journal-draft', kept('Fra standardnøglen'));
    localStorage.setItem('team-a', kept('Overblik i team A'));
    const el = await rendered<LgReflectionJournal>(h(ReflectionJournal, { draftKey: 'team-a' }), 'lg-reflection-journal');
    const written = [...el.shadowRoot!.querySelectorAll('textarea')].map((t) => t.value).filter(Boolean);
    expect(written).toEqual(['Overblik i team A']);
  });
});

describe('a Round given its mode by React', () => {
  useFreshIndexedDB();
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('mode="facilitator" on a page whose address holds a round: the facilitator’s round comes back after a reload', async () => {
    // a facilitator's tab started a round (kept in the browser, and named as this tab's round)
    document.body.innerHTML = '<lg-round mode="facilitator"></lg-round>';
    const first = document.querySelector<LgRound>('lg-round')!;
    await first.updateComplete;
    first.shadowRoot!.querySelector<HTMLFormElement>('form.setup')!.requestSubmit();
    await first.updateComplete;
    const started = first.round!;
    document.body.replaceChildren();
    // the reload, with a participant's link to that round in the address bar
    history.replaceState(null, '', `#lg-round=${roundCode(started)}`);
    const el = await rendered<LgRound>(h(Round, { mode: 'facilitator' }), 'lg-round');
    expect(el.currentMode).toBe('facilitator');
    expect(el.round?.id).toBe(started.id);
  });
});
