import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LgDialogue } from '../../components/dialogue/dialogue';
import { getFramework } from '../../content/index';
import { $, $$, mount, printedDocument, query, resetDocument, textOf } from './element-helpers';

if (!customElements.get('lg-dialogue')) customElements.define('lg-dialogue', LgDialogue);

const da = getFramework('da');


async function dialogue(attrs = ''): Promise<LgDialogue> {
  return mount<LgDialogue>(`<lg-dialogue ${attrs}></lg-dialogue>`);
}

/** Presses a key on an element inside the dialogue's shadow root (or the stage). */
async function key(el: LgDialogue, k: string, on?: Element, more: KeyboardEventInit = {}) {
  const target = on ?? $(el, '.stage');
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...more });
  target.dispatchEvent(e);
  await el.updateComplete;
  return e;
}
const question = (el: LgDialogue) => textOf($(el, '#question'));
const progressText = (el: LgDialogue) => textOf($(el, '#progress-text'));
const live = (el: LgDialogue) => textOf($(el, '[aria-live="polite"]'));

beforeEach(() => resetDocument());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<lg-dialogue>', () => {
  it('offers the four levels, an optional focus area and an optional timer, in Danish and English', async () => {
    const el = await dialogue();
    expect($$(el, 'input[name="level"]').map((i) => (i as HTMLInputElement).value)).toEqual([
      'enkelte-leder',
      'ledergruppe',
      'arbejdsfaellesskaber',
      'overordnet-leder',
    ]);
    expect($$(el, 'fieldset.choices label').map(textOf)).toEqual(da.reflection.map((r) => r.title));
    expect($<HTMLInputElement>(el, 'input[value="ledergruppe"]').checked).toBe(true);
    expect($$(el, '#area option').map(textOf)).toEqual([
      'Intet bestemt fokusområde',
      ...da.focusAreas.map((a) => a.title),
      'Alle fire fokusområder, ét ad gangen',
    ]);
    expect(textOf($(el, 'label[for="minutes"]'))).toBe('Minutter pr. spørgsmål (valgfrit)');
    expect(textOf($(el, '.count'))).toBe('2 spørgsmål');
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf($(el, '#start'))).toBe('Start the conversation');
  });

  it('shows one question at a time with "Spørgsmål 1 af 2", a progress bar, and moves by keyboard', async () => {
    const el = await dialogue('level="arbejdsfaellesskaber"');
    const changes: number[] = [];
    el.addEventListener('lg-question-change', (e) => changes.push(e.detail.index));
    await (async () => {
      $(el, '#start').click();
      await el.updateComplete;
    })();
    expect(el.running).toBe(true);
    expect(question(el)).toBe('Hvordan samarbejder vi om god ledelse hos os?');
    expect(progressText(el)).toBe('Spørgsmål 1 af 3');
    const bar = $<HTMLProgressElement>(el, 'progress');
    expect([bar.max, bar.value]).toEqual([3, 1]);
    expect(bar.getAttribute('aria-labelledby')).toBe('progress-text');
    expect(textOf($(el, '.where'))).toBe('Arbejdsfællesskaber · Generel ledelse i arbejdsfællesskaber:');

    await key(el, 'ArrowRight');
    expect(progressText(el)).toBe('Spørgsmål 2 af 3');
    expect(live(el)).toBe('Spørgsmål 2 af 3: Hvad kræver det af hhv. leder og medarbejdere?');
    await key(el, 'PageDown');
    expect(question(el)).toBe('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
    expect(textOf($(el, '.where'))).toBe('Arbejdsfællesskaber · Ledelse af en specifik opgave:');
    await key(el, ' ');
    expect(progressText(el)).toBe('Spørgsmål 3 af 3');
    expect(live(el)).toBe('Det er det sidste spørgsmål.');
    expect($(el, '#next').getAttribute('aria-disabled')).toBe('true');
    await key(el, 'ArrowLeft');
    await key(el, 'PageUp');
    expect(progressText(el)).toBe('Spørgsmål 1 af 3');
    await key(el, 'End');
    expect(progressText(el)).toBe('Spørgsmål 3 af 3');
    await key(el, 'Home');
    expect(progressText(el)).toBe('Spørgsmål 1 af 3');
    expect(changes).toEqual([0, 1, 2, 1, 0, 2, 0]);
  });

  it('has buttons for the same, and Space on a button presses only the button', async () => {
    const el = await dialogue('level="enkelte-leder"');
    el.start();
    await el.updateComplete;
    $(el, '#next').click();
    await el.updateComplete;
    expect(progressText(el)).toBe('Spørgsmål 2 af 3');
    const e = await key(el, ' ', $(el, '#next'));
    expect(e.defaultPrevented).toBe(false); // the browser's own Space → click does the work
    expect(progressText(el)).toBe('Spørgsmål 2 af 3');
    await key(el, 'ArrowRight', $(el, '#next'));
    expect(progressText(el)).toBe('Spørgsmål 3 af 3');
    $(el, '#previous').click();
    await el.updateComplete;
    expect(progressText(el)).toBe('Spørgsmål 2 af 3');
  });

  it('does not take keys while focus is in a form control', async () => {
    const el = await dialogue();
    // before the start, the arrows belong to the radio buttons
    const e = await key(el, 'ArrowRight', $(el, 'input[name="level"]'));
    expect(e.defaultPrevented).toBe(false);
    el.start();
    await el.updateComplete;
    // an input somewhere inside the element (e.g. slotted or added later) keeps its keys
    const input = document.createElement('input');
    $(el, '.stage').append(input);
    for (const k of ['ArrowRight', ' ', 'End', 't']) {
      const ev = await key(el, k, input);
      expect(ev.defaultPrevented).toBe(false);
    }
    expect(progressText(el)).toBe('Spørgsmål 1 af 2');
    // keys with Ctrl/Alt/Meta stay the browser's
    expect((await key(el, 'ArrowRight', undefined, { altKey: true })).defaultPrevented).toBe(false);
    expect(progressText(el)).toBe('Spørgsmål 1 af 2');
  });

  it('shows the area’s colour, title and points as context, and the framework text on T', async () => {
    const el = await dialogue('level="ledergruppe" area="mening"');
    el.start();
    await el.updateComplete;
    expect($(el, '.stage').classList.contains('mening')).toBe(true);
    expect(textOf($(el, '.area-name'))).toBe('Vi vil lede meningsfulde og rummelige fællesskaber');
    expect(textOf($(el, '[part="context"] .lead'))).toBe('Det vil vi ved at:');
    expect($$(el, '[part="context"] li').map(textOf)).toEqual(da.focusAreas[2].points);
    const toggle = $(el, '#toggle-text');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('framework-text');
    expect($(el, '#framework-text').hidden).toBe(true);
    await key(el, 't');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($(el, '#framework-text').hidden).toBe(false);
    expect(textOf($(el, '#framework-text .lead'))).toBe('Hvad gør vi?');
    expect($$(el, '#framework-text li').map(textOf)).toEqual(da.focusAreas[2].statements);
    expect(textOf($(el, '#framework-text'))).toContain(da.focusAreas[2].leaderRole[0]);
    await key(el, 'T');
    expect($(el, '#framework-text').hidden).toBe(true);
  });

  it('goes through all four areas in turn', async () => {
    const el = await dialogue('level="overordnet-leder" area="all"');
    el.start();
    await el.updateComplete;
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(textOf($(el, '.area-name')));
      await key(el, 'ArrowRight');
    }
    expect(seen).toEqual(da.focusAreas.map((a) => a.title));
    expect(progressText(el)).toBe('Spørgsmål 4 af 4');
  });

  it('counts down per question, announces politely only when the time is up, and restarts on the next question', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    const el = await dialogue('minutes="1"');
    el.start();
    await el.updateComplete;
    expect(textOf($(el, '.clock'))).toBe('1:00');
    expect($(el, '.clock').getAttribute('role')).toBe('timer');
    const liveRegion = $(el, '[aria-live="polite"]');
    expect(liveRegion.closest('[part="timer"]')).toBeNull(); // the countdown itself is not a live region
    vi.advanceTimersByTime(30_000);
    await el.updateComplete;
    expect(textOf($(el, '.clock'))).toBe('0:30');
    expect(live(el)).toBe('');
    // the last minute is marked on the box (a thick border), not only in the figures
    expect($(el, '[part="timer"]').classList.contains('soon')).toBe(true);
    // pause and resume
    $(el, '#timer-toggle').click();
    vi.advanceTimersByTime(20_000);
    await el.updateComplete;
    expect(textOf($(el, '.clock'))).toBe('0:30');
    expect(textOf($(el, '#timer-toggle'))).toBe('Fortsæt tiden');
    $(el, '#timer-toggle').click();
    // From here on, every change of the live region is recorded: time up must change it exactly once.
    const changes: string[] = [];
    new MutationObserver(() => changes.push(live(el))).observe(liveRegion, { childList: true, characterData: true, subtree: true });
    vi.advanceTimersByTime(30_000);
    await el.updateComplete;
    expect(textOf($(el, '.clock'))).toBe('0:00');
    expect(live(el)).toBe('Tiden er gået for spørgsmål 1.');
    // visible across a room: the box is filled and says it in words
    expect($(el, '[part="timer"]').classList.contains('done')).toBe(true);
    expect(textOf($(el, '#timer-label'))).toBe('Tiden er gået');
    vi.advanceTimersByTime(10_000);
    await el.updateComplete;
    expect(live(el)).toBe('Tiden er gået for spørgsmål 1.');
    await Promise.resolve();
    expect(changes.filter(Boolean)).toEqual(['Tiden er gået for spørgsmål 1.']);
    await key(el, 'ArrowRight');
    expect(textOf($(el, '.clock'))).toBe('1:00');
  });

  it('writes no empty area back onto the element when no area is chosen', async () => {
    const el = await dialogue('area="drift"');
    const select = $<HTMLSelectElement>(el, '#area');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.hasAttribute('area')).toBe(false);
    expect(el.area).toBe('');
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('area')).toBe('all');
  });

  it('has no timer without minutes', async () => {
    const el = await dialogue();
    el.start();
    await el.updateComplete;
    expect(query(el, '[part="timer"]')).toBeNull();
  });

  it('goes full screen with the Fullscreen API, and leaves the button out where there is none', async () => {
    let el = await dialogue();
    el.start();
    await el.updateComplete;
    expect(query(el, '#fullscreen')).toBeNull();

    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    const request = vi.fn(async function (this: Element) {
      Object.defineProperty(document, 'fullscreenElement', { value: this, configurable: true });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen = request;
    el = await dialogue();
    el.start();
    await el.updateComplete;
    $(el, '#fullscreen').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(request).toHaveBeenCalledTimes(1);
    expect(textOf($(el, '#fullscreen'))).toBe('Afslut fuld skærm');
    expect($(el, '#fullscreen').getAttribute('aria-pressed')).toBe('true');
    // on the meeting screen: the question with only previous, next and exit
    expect([...el.shadowRoot!.querySelectorAll('.stage button')].map((b) => b.id)).toEqual(['previous', 'next', 'fullscreen']);
    expect(query(el, '[part="context"]')).toBeNull();
    expect(query(el, '.keys')).toBeNull();
    expect(query(el, '[part="question"]')).not.toBeNull();
    delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
    delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  });

  it('says so when full screen is refused', async () => {
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen = () => Promise.reject(new TypeError('denied'));
    const el = await dialogue();
    el.start();
    await el.updateComplete;
    $(el, '#fullscreen').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(live(el)).toBe('Fuld skærm kan ikke bruges her.');
    delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
  });

  it('prints the chosen questions as cards, six to a sheet', async () => {
    const el = await dialogue('level="arbejdsfaellesskaber" area="all"');
    const sheets = $$(el, '.cards .sheet');
    expect(sheets.map((s) => s.querySelectorAll('.card').length)).toEqual([6, 3]);
    // The question about all four areas first, once; then each area's round.
    expect(textOf($(el, '.card .card-question'))).toBe('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
    const first = $$(el, '.card')[1];
    expect(first.classList.contains('faglighed')).toBe(true);
    expect(textOf(first.querySelector('.card-question'))).toBe('Hvordan samarbejder vi om god ledelse hos os?');
    expect(textOf(first.querySelector('.card-area'))).toBe('Vi vil lede fagligt kompetente fællesskaber');
    expect(textOf(first.querySelector('.card-foot'))).toBe('Fælles ledelsesgrundlag · Gentofte Kommune 2/9');
    $(el, '#print').click();
    const printed = await printedDocument();
    expect(printed).toMatchObject({ title: 'Dialogkort', lang: 'da' });
    expect(printed.text).toContain('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
  });

  it('ends the conversation and returns focus to the start button', async () => {
    const el = await dialogue();
    el.start();
    await el.updateComplete;
    $(el, '#finish').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.running).toBe(false);
    expect(el.shadowRoot!.activeElement?.id).toBe('start');
  });

  it('warns about an unknown level or area, and cannot start without a level', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await dialogue('level="chef" area="ledelse"');
    expect($$(el, '.notice').map(textOf)).toEqual([
      'Ukendt refleksionsniveau: "chef". Gyldige værdier: enkelte-leder, ledergruppe, arbejdsfaellesskaber, overordnet-leder.',
      'Ukendt fokusområde: "ledelse". Gyldige værdier: faglighed, innovation, mening, drift, all.',
    ]);
    expect(el.start()).toBe(false);
    await el.updateComplete;
    expect(textOf($(el, '.setup .msg'))).toBe('Vælg et niveau.');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
