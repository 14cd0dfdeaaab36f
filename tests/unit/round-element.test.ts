import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import '../../components/round/define';
import type { LgRound } from '../../components/round/round';
import { answerCode, check, newAnswer, parseAnswerCode, parseRoundCode, roundCode, type RoundValues, type Step } from '../../content/round-code';
import { openRoundStore } from '../../components/shared/round-store';
import { $, $$, mount, printedDocument, query, resetDocument, textOf } from './element-helpers';

const keep = useFreshIndexedDB();
beforeEach(() => {
  resetDocument();
  history.replaceState(null, '', location.pathname);
});
afterEach(() => vi.restoreAllMocks());

const v = (f: Step | null, i: Step | null, m: Step | null, d: Step | null): RoundValues => ({ faglighed: f, innovation: i, mening: m, drift: d });

async function facilitator(attrs = ''): Promise<LgRound> {
  return mount<LgRound>(`<lg-round mode="facilitator" ${attrs}></lg-round>`);
}

async function startRound(el: LgRound, topic: 'task' | 'leadership' = 'leadership', task = ''): Promise<void> {
  const radios = $$<HTMLInputElement>(el, 'input[name="topic"]');
  const radio = radios[topic === 'task' ? 1 : 0];
  radio.checked = true;
  radio.dispatchEvent(new Event('change'));
  await el.updateComplete;
  if (task) {
    const field = $<HTMLInputElement>(el, '#task');
    field.value = task;
    field.dispatchEvent(new Event('input'));
  }
  $<HTMLFormElement>(el, 'form.setup').requestSubmit();
  await el.updateComplete;
}

async function add(el: LgRound, code: string): Promise<string> {
  const field = $<HTMLInputElement>(el, '#answer-code');
  field.value = code;
  $<HTMLFormElement>(el, 'form.add').requestSubmit();
  await el.updateComplete;
  await el.updateComplete;
  return textOf($(el, '#collect-status'));
}

const answerFor = (el: LgRound, values: RoundValues) => answerCode(newAnswer({ id: el.round!.id, topic: el.round!.topic }, values));

describe('<lg-round>, the facilitator', () => {
  it('starts a round on our leadership and shows its code, link and QR code', async () => {
    const el = await facilitator();
    await startRound(el);
    const code = roundCode(el.round!);
    expect(parseRoundCode(code).ok).toBe(true);
    expect(textOf($(el, '#collect-h'))).toContain(code.slice(0, 4));
    const link = $<HTMLInputElement>(el, '#link').value;
    expect(link).toContain(`#lg-round=${code}`);
    expect($(el, 'svg.qr').getAttribute('role')).toBe('img');
    expect($(el, 'svg.qr').getAttribute('aria-label')).toContain(code.slice(0, 4));
    expect(textOf($(el, '[part="count"]'))).toContain('0 svar er kommet ind');
  });

  it('asks for the name of a task, and refuses a threshold below three', async () => {
    const el = await facilitator();
    const radios = $$<HTMLInputElement>(el, 'input[name="topic"]');
    radios[1].checked = true;
    radios[1].dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLFormElement>(el, 'form.setup').requestSubmit();
    await el.updateComplete;
    expect(textOf($(el, '#setup-status'))).toBe('Skriv opgavens navn.');
    expect(el.round).toBeUndefined();
    const field = $<HTMLInputElement>(el, '#threshold');
    field.value = '2';
    field.dispatchEvent(new Event('input'));
    const task = $<HTMLInputElement>(el, '#task');
    task.value = 'Ny skolestruktur';
    task.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form.setup').requestSubmit();
    await el.updateComplete;
    expect(textOf($(el, '#setup-status'))).toBe('Skriv et helt tal fra 3 og op.');
    expect(el.round).toBeUndefined();
  });

  it('takes answer codes, refuses a foreign, a duplicate and a mistyped one in Danish, and reveals only from three', async () => {
    const el = await facilitator();
    await startRound(el);
    const first = answerFor(el, v(3, 1, 2, 0));
    expect(await add(el, first)).toBe('Svaret er taget med. 1 svar i alt.');
    expect(await add(el, first)).toBe('Den svarkode er allerede taget med.');
    // another round's code (one whose check does not happen to fit this round: all but one in a thousand)
    const foreign = ['ZZZZZ', 'YYYYY', 'XXXXX'].map((round) => answerCode({ round, answerId: 'AAAA', values: v(1, 1, 1, 1) })).find((c) => !parseAnswerCode(c, el.round!.id).ok)!;
    expect(await add(el, foreign)).toContain('en anden runde');
    expect(await add(el, first.slice(0, 8) + (first[8] === '0' ? '1' : '0'))).toContain('skrevet forkert');
    const v1 = '1' + el.round!.id + 'FGHJK3M';
    expect(await add(el, v1 + check(v1))).toContain('ældre udgave af siden');
    expect(await add(el, roundCode(el.round!))).toContain('ikke rundens kode');
    await add(el, answerFor(el, v(3, 2, 2, 3)));
    // two answers: the reveal button is there but refuses, and nothing is shown
    const revealButton = $<HTMLButtonElement>(el, '#reveal');
    expect(revealButton.classList.contains('primary')).toBe(false);
    revealButton.click();
    await el.updateComplete;
    expect(textOf($(el, '#collect-status'))).toBe('Billedet vises først, når mindst 3 har svaret.');
    expect(query(el, '.picture')).toBeNull();
    await add(el, answerFor(el, v(3, 3, 2, null)));
    expect($(el, '#reveal').classList.contains('primary')).toBe(true);
    $<HTMLButtonElement>(el, '#reveal').click();
    await el.updateComplete;
    const counts = $$(el, '.area').map((a) => [...a.querySelectorAll('.n')].map((n) => n.textContent?.trim()));
    expect(counts).toEqual([
      ['0', '0', '0', '3'],
      ['0', '1', '1', '1'],
      ['0', '0', '3', '0'],
      [], // only two answered drift: nothing of it is shown, or kept
    ]);
    expect(textOf($(el, '.area.drift'))).toBe('Vi vil lede fællesskaber præget af sikker drift og ordentlighed Færre end 3 svarede på dette fokusområde, så det vises ikke: ingen skal kunne genkendes på sit svar.');
    expect(textOf($(el, '.start-here [part~="heading"]'))).toContain('innovative fællesskaber');
    expect(textOf($(el, '.area.innovation'))).toContain('3 svar');
    expect(textOf($(el, '.area.innovation'))).toContain('Spredning 0,82');
    expect(el.round!.answers).toEqual([]); // only the counts are kept
  });

  it('keeps a code pasted while the one before it was being kept: the field is cleared only of what was added', async () => {
    const el = await facilitator();
    await startRound(el);
    const [a, b] = [v(1, 1, 1, 1), v(2, 2, 2, 2)].map((values) => answerFor(el, values));
    const field = $<HTMLTextAreaElement>(el, '#answer-code');
    field.value = a;
    $<HTMLFormElement>(el, 'form.add').requestSubmit();
    field.value = b; // the next code, pasted before the first was kept
    await el.updateComplete;
    await el.updateComplete;
    expect(el.round!.answers).toHaveLength(1);
    expect(field.value).toBe(b);
    expect(await add(el, b)).toBe('Svaret er taget med. 2 svar i alt.');
    expect(field.value).toBe('');
  });

  it('takes a meeting chat pasted whole: every code once, and says what was not a code', async () => {
    const el = await facilitator();
    await startRound(el);
    const [a, b, c] = [v(1, 1, 1, 1), v(2, 2, 2, 2), v(3, 3, 3, 3)].map((values) => answerFor(el, values));
    expect(await add(el, a)).toBe('Svaret er taget med. 1 svar i alt.');
    const typo = b.slice(0, 8) + (b[8] === 'X' ? 'Y' : 'X');
    const chat = `Mødeleder: hej alle, vi starter om 2 min.\nAnne (10:32): ${a}\nBo (10:32): ${b.toLowerCase().replace(/(.{3})(?!$)/g, '$1 ')}\nCarl: ${typo}\nCarl: undskyld, ${c}\nBo: ${b}`;
    expect(await add(el, chat)).toBe('2 svar er taget med (1 var der allerede). 1 stykke tekst lignede en svarkode, men var det ikke: skrevet forkert eller fra en anden runde. 3 svar i alt.');
    expect(el.round!.answers).toHaveLength(3);
    expect($<HTMLTextAreaElement>(el, '#answer-code').value).toBe('');
    expect(await add(el, 'Hej alle sammen, tak for i dag')).toBe('Der er ingen svarkode i teksten. En svarkode har 9 tegn og begynder med 2.');
  });

  it('comes back to the open round after a reload; another tab lists it to continue', async () => {
    const el = await facilitator();
    await startRound(el);
    await add(el, answerFor(el, v(1, 1, 1, 1)));
    const id = el.round!.id;
    el.remove();
    // a reload of this tab: the round, not the setup
    const reloaded = await facilitator();
    await reloaded.updateComplete;
    expect(reloaded.round?.id).toBe(id);
    expect($(reloaded, '#answer-code')).toBeTruthy();
    reloaded.remove();
    // another tab (nothing in this tab's session): the setup, and the round in the list
    sessionStorage.clear();
    const again = await facilitator();
    await again.updateComplete;
    expect(again.round).toBeUndefined();
    const open = $$<HTMLButtonElement>(again, '.saved button').find((b) => b.textContent?.trim() === 'Fortsæt')!;
    expect(open).toBeTruthy();
    open.click();
    await again.updateComplete;
    expect(again.round!.id).toBe(id);
    expect(again.round!.answers).toHaveLength(1);
    const store = keep(await openRoundStore());
    expect((await store.list()).map((r) => r.id)).toEqual([id]);
  });

  it('adds counts typed by hand, and refuses counts that do not add up', async () => {
    const el = await facilitator();
    await startRound(el);
    $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent?.includes('Tæl i hånden'))!.click();
    await el.updateComplete;
    const set = (name: string, value: string) => (($(el, `#by-hand [name="${name}"]`) as HTMLInputElement).value = value);
    set('people', '1');
    set('faglighed-2', '2');
    $<HTMLFormElement>(el, '#by-hand').requestSubmit();
    await el.updateComplete;
    expect(textOf($(el, '#collect-status'))).toContain('Tjek tallene');
    set('people', '3');
    $<HTMLFormElement>(el, '#by-hand').requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    expect(textOf($(el, '[part="count"]'))).toContain('3 svar er kommet ind');
  });

  it('asks before it deletes a kept round with answers, and says how many; one without answers goes at once', async () => {
    const el = await facilitator();
    await startRound(el);
    await add(el, answerFor(el, v(1, 1, 1, 1)));
    await add(el, answerFor(el, v(2, 2, 2, 2)));
    const withAnswers = el.round!.id;
    // another tab (its own session: it shows the setup), and a second round started: the first stays in the list below
    sessionStorage.clear();
    const again = await facilitator();
    await startRound(again);
    const empty = again.round!.id;
    sessionStorage.clear();
    const third = await facilitator();
    await third.updateComplete;
    $<HTMLButtonElement>(third, `#remove-${withAnswers}`).click();
    await third.updateComplete;
    expect(textOf($(third, '#remove-q'))).toBe('Runden har 2 svar, som går tabt. Vil du slette den? Det kan ikke fortrydes.');
    expect(third.shadowRoot!.activeElement?.id).toBe('remove-no');
    $<HTMLButtonElement>(third, '#remove-no').click();
    await third.updateComplete;
    const store = keep(await openRoundStore());
    expect((await store.list()).map((r) => r.id).sort()).toEqual([withAnswers, empty].sort());
    $<HTMLButtonElement>(third, `#remove-${withAnswers}`).click();
    await third.updateComplete;
    $<HTMLButtonElement>(third, '#remove-yes').click();
    await third.updateComplete;
    expect((await store.list()).map((r) => r.id)).toEqual([empty]);
    // no answers, nothing to lose: deleted at once
    $<HTMLButtonElement>(third, `#remove-${empty}`).click();
    await third.updateComplete;
    expect(query(third, '#remove-q')).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('two tabs on one round: answers only grow, and a stale tab cannot open a revealed round again', async () => {
    const a = await facilitator();
    await startRound(a);
    const id = a.round!.id;
    // a second tab: another element on the same store (and a session of its own)
    sessionStorage.clear();
    const b = document.createElement('lg-round') as LgRound;
    b.setAttribute('mode', 'facilitator');
    document.body.append(b);
    await b.updateComplete;
    $$<HTMLButtonElement>(b, '.saved button').find((x) => x.textContent?.trim() === 'Fortsæt')!.click();
    await b.updateComplete;
    expect(b.round!.id).toBe(id);
    // A takes two answers; B, which has not seen them, takes a third: all three are kept
    const [a1, a2, b1] = [answerFor(a, v(1, 1, 1, 1)), answerFor(a, v(2, 2, 2, 2)), answerFor(b, v(3, 3, 3, 3))];
    await add(a, a1);
    await add(a, a2);
    expect(await b.addAnswerCode(b1)).toBe(true);
    const store = keep(await openRoundStore());
    expect((await store.get(id))!.answers).toEqual([a1, a2, b1].sort());
    expect(b.round!.answers).toEqual([a1, a2, b1].sort());
    // A reveals; B, still showing the open round, takes another code: refused, and the round stays revealed
    await a.addAnswerCode(a1); // A learns of b1 (a duplicate is refused, and the screen follows the store)
    $<HTMLButtonElement>(a, '#reveal').click();
    await a.updateComplete;
    expect(a.round!.revealed?.people).toBe(3);
    expect(await b.addAnswerCode(answerFor(b, v(0, 0, 0, 0)))).toBe(false);
    await b.updateComplete;
    expect(textOf($(b, '.status[role="status"]'))).toBe('Runden er afsluttet; der kan ikke komme flere svar.');
    const kept = (await store.get(id))!;
    expect(kept.revealed?.people).toBe(3);
    expect(kept.answers).toEqual([]);
  });

  it('copies the picture as Markdown, prints it alone, and starts the dialogue at the most disputed area', async () => {
    const el = await facilitator();
    await startRound(el);
    for (const values of [v(0, 1, 1, 1), v(3, 1, 1, 1), v(3, 1, 1, 1)]) await add(el, answerFor(el, values));
    $<HTMLButtonElement>(el, '#reveal').click();
    await el.updateComplete;
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void written.push(t));
    $$<HTMLButtonElement>(el, '.picture button').find((b) => b.textContent?.includes('Markdown'))!.click();
    await el.updateComplete;
    expect(written[0]).toContain('# Gruppens billede');
    expect(written[0]).toContain('## Vi vil lede fagligt kompetente fællesskaber — Her er I mest uenige');
    expect(written[0]).toContain('| En styrke | 2 |');
    $$<HTMLButtonElement>(el, '.picture button').find((b) => b.textContent?.trim() === 'Udskriv')!.click();
    const printed = await printedDocument();
    expect(printed.title).toBe('Gruppens billede');
    expect(printed.text).toContain('Vi vil lede fagligt kompetente fællesskaber');
    $$<HTMLButtonElement>(el, '.picture button').find((b) => b.textContent?.includes('Start samtalen'))!.click();
    await el.updateComplete;
    const dialogue = $(el, 'lg-dialogue') as HTMLElement & { running: boolean; updateComplete: Promise<unknown> };
    await dialogue.updateComplete;
    expect(dialogue.getAttribute('area')).toBe('faglighed');
    expect(dialogue.getAttribute('level')).toBe('ledergruppe');
    await vi.waitFor(() => expect(dialogue.running).toBe(true));
  });

  it('says that answers are kept in this tab only where IndexedDB cannot be used, and still works', async () => {
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    const el = await facilitator();
    await startRound(el);
    expect(textOf($(el, '.collect .notice'))).toContain('kun i denne fane');
    expect(await add(el, answerFor(el, v(1, 1, 1, 1)))).toBe('Svaret er taget med. 1 svar i alt.');
  });

  it('scans answer codes with the camera where the browser has BarcodeDetector, and says so where the camera is refused', async () => {
    const el = await facilitator();
    expect(query(el, '.add button[aria-pressed]')).toBeNull(); // no BarcodeDetector here: no scan button
    let next = '';
    const stop = vi.fn();
    (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = class {
      async detect() {
        return next ? [{ rawValue: next }] : [];
      }
    };
    const stream = Object.assign(new MediaStream(), { getTracks: () => [{ stop }] }); // happy-dom's MediaStream has no getTracks
    const getUserMedia = vi.fn(async () => stream);
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
    try {
      await startRound(el);
      const scan = $<HTMLButtonElement>(el, '.add button[aria-pressed]');
      expect(textOf(scan)).toBe('Scan en svarkode med kameraet');
      scan.click();
      await vi.waitFor(() => expect(query(el, 'video.camera')).not.toBeNull());
      next = answerFor(el, v(2, 2, 2, 2));
      await vi.waitFor(() => expect(textOf($(el, '#collect-status'))).toBe('Svaret er taget med. 1 svar i alt.'), { timeout: 3000 });
      // the code just taken, still in front of the camera, is not counted twice nor called a duplicate
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(textOf($(el, '#collect-status'))).toBe('Svaret er taget med. 1 svar i alt.');
      expect(el.round!.answers).toHaveLength(1);
      next = answerFor(el, v(1, 1, 1, 1));
      await vi.waitFor(() => expect(textOf($(el, '#collect-status'))).toBe('Svaret er taget med. 2 svar i alt.'), { timeout: 3000 });
      $<HTMLButtonElement>(el, '.add button[aria-pressed]').click();
      await el.updateComplete;
      expect(stop).toHaveBeenCalled();
      expect(query(el, 'video.camera')).toBeNull();
      // refused (no permission): said, and typing still works
      getUserMedia.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
      $<HTMLButtonElement>(el, '.add button[aria-pressed]').click();
      await vi.waitFor(() => expect(textOf($(el, '#collect-status'))).toBe('Kameraet kan ikke bruges her. Skriv koden i stedet.'));
    } finally {
      delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
      delete (navigator as { mediaDevices?: unknown }).mediaDevices;
    }
  });

  it('says so, in English too, and shows a notice for an unknown mode', async () => {
    const el = await mount<LgRound>('<lg-round mode="boss" lang="en"></lg-round>');
    expect(textOf($(el, '.notice'))).toContain('Unknown view: "boss"');
    expect(textOf($(el, '[part~="title"]'))).toBe('The group’s picture');
    expect(query(el, 'form.setup')).not.toBeNull();
  });
});

describe('<lg-round> on a page without mode', () => {
  it('offers joining with a code beside the setup, and going back to it', async () => {
    const el = await mount<LgRound>('<lg-round></lg-round>');
    expect(el.currentMode).toBe('facilitator');
    $<HTMLButtonElement>(el, '#join-with-code').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.currentMode).toBe('participant');
    expect(el.shadowRoot!.activeElement?.id).toBe('round-code');
    $<HTMLInputElement>(el, '#round-code').value = roundCode({ id: 'K7Q2M', topic: 'leadership' });
    $<HTMLButtonElement>(el, '#lead-instead').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.currentMode).toBe('facilitator');
    expect(el.shadowRoot!.activeElement?.id).toBe('join-with-code');
    // with mode="facilitator" the page is the facilitator's only
    const only = await facilitator();
    expect(only.shadowRoot!.querySelector('#join-with-code')).toBeNull();
  });

  it('after a reveal, lists the round among the earlier ones at once', async () => {
    const el = await facilitator();
    await startRound(el);
    for (const values of [v(1, 1, 1, 1), v(2, 2, 2, 2), v(3, 3, 3, 3)]) await add(el, answerFor(el, values));
    expect($$(el, '.saved li')).toHaveLength(0);
    $<HTMLButtonElement>(el, '#reveal').click();
    await vi.waitFor(async () => {
      await el.updateComplete;
      expect($$(el, '.saved li')).toHaveLength(1);
    });
  });
});

describe('<lg-round>, a participant', () => {
  it('arrives from a link far down the page: scrolled to, and the question has focus', async () => {
    document.body.innerHTML = '<div style="height: 45000px"></div>';
    history.replaceState(null, '', `#lg-round=${roundCode({ id: 'K7Q2M', topic: 'leadership' })}`);
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const el = await mount<LgRound>('<lg-round></lg-round>');
    await el.updateComplete;
    expect(scrolled.mock.contexts).toContain(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('question-h');
    // the question they answer; the framework's question is where the talk starts afterwards
    expect(textOf($(el, '#question-h'))).toBe('Hvor står vi i hvert fokusområde?');
  });

  it('joins from the link, answers, and gets an answer code of that round that the facilitator takes', async () => {
    const host = await facilitator();
    await startRound(host, 'task', 'Ny skolestruktur');
    const link = $<HTMLInputElement>(host, '#link').value;
    history.replaceState(null, '', new URL(link).hash);
    const el = await mount<LgRound>('<lg-round></lg-round>');
    expect(el.currentMode).toBe('participant');
    expect(textOf($(el, '#question-h'))).toBe('Hvilke af de fire fokusområder for ledelse kalder opgaven i særlig grad på?');
    expect(textOf($(el, '.task-name'))).toBe('Opgave: Ny skolestruktur');
    // all four are needed
    $<HTMLFormElement>(el, 'form.answer').requestSubmit();
    await el.updateComplete;
    expect(textOf($(el, '#participant-status'))).toBe('Vælg et trin i hvert fokusområde.');
    for (const [area, step] of [['faglighed', 3], ['innovation', 0], ['mening', 2], ['drift', 1]] as const) {
      const radio = $$<HTMLInputElement>(el, `input[name="step-${area}"]`)[step];
      radio.checked = true;
      radio.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    $<HTMLFormElement>(el, 'form.answer').requestSubmit();
    await el.updateComplete;
    const code = textOf($(el, '#answer-code'));
    expect(code).toMatch(/^2[0-9A-Z]{2}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    // the facilitator's browser here cannot scan (no BarcodeDetector): the link says so, and no QR code is offered
    expect(query(el, 'svg.qr')).toBeNull();
    expect(textOf($(el, '.answered'))).toContain('send den i mødets chat');
    expect(await add(host, code)).toBe('Svaret er taget med. 1 svar i alt.');
    // where it can scan, the link carries scan=1 and the participant gets the QR code too
    history.replaceState(null, '', `${new URL(link).hash}&scan=1`);
    const scanned = await mount<LgRound>('<lg-round></lg-round>');
    for (const area of ['faglighed', 'innovation', 'mening', 'drift']) {
      const radio = $$<HTMLInputElement>(scanned, `input[name="step-${area}"]`)[1];
      radio.checked = true;
      radio.dispatchEvent(new Event('change'));
    }
    await scanned.updateComplete;
    $<HTMLFormElement>(scanned, 'form.answer').requestSubmit();
    await scanned.updateComplete;
    expect($(scanned, 'svg.qr').getAttribute('aria-label')).toBe('QR-kode med din svarkode');
  });

  it('joins with a typed round code, and says what is wrong with a bad one', async () => {
    const el = await mount<LgRound>('<lg-round mode="participant"></lg-round>');
    const join = async (text: string) => {
      $<HTMLInputElement>(el, '#round-code').value = text;
      $<HTMLFormElement>(el, 'form.join').requestSubmit();
      await el.updateComplete;
      return textOf(query(el, '#participant-status'));
    };
    expect(await join('')).toBe('Skriv rundens kode.');
    expect(await join('T1234')).toContain('8 tegn');
    const code = roundCode({ id: 'K7Q2M', topic: 'leadership' });
    expect(await join(code.slice(0, 7) + (code[7] === '0' ? '1' : '0'))).toContain('skrevet forkert');
    await join(code.toLowerCase().replace(/(.{4})/, '$1-'));
    expect(textOf($(el, '#question-h'))).toBe('Hvor står vi i hvert fokusområde?');
    // our leadership offers "don't know"
    expect($$(el, 'input[name="step-drift"]')).toHaveLength(5);
  });
});
