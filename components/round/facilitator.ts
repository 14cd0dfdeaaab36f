/** The facilitator's side of a round: start one, collect the answer codes, and the rounds kept on this computer. */
import { html, nothing, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS, type FocusAreaId, type Framework, type ReflectionLevelId } from '../../content/model';
import { MIN_ANSWERS, canReveal, emptyCounts, people, type Counts, type RoundRecord } from '../../content/round';
import type { SetupState } from '../../content/round-session';
import { grouped, roundCode } from '../../content/round-code';
import type { Announcer } from '../shared/controllers/announcer';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import { focusMark } from '../shared/focus';
import { qrCode } from './qr';
import type { RoundUi } from './round.strings';


export interface SetupActions {
  change: (next: Partial<SetupState>) => void;
  start: () => void;
  /** Offered where the page also serves participants: join someone else's round with its code. */
  join?: () => void;
}

export function renderSetup(state: SetupState, fw: Framework, s: RoundUi, status: Announcer, on: SetupActions): TemplateResult {
  return html`<form class="setup" part="setup" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      on.start();
    }}>
    <p>${s.intro}</p>
    <fieldset class="choices">
      <legend>${s.topic}</legend>
      ${(['leadership', 'task'] as const).map(
        (topic) => html`<label><input type="radio" name="topic" .checked=${state.topic === topic} @change=${() => on.change({ topic })} />
          ${topic === 'task' ? s.topicTask : s.topicLeadership}</label>`,
      )}
    </fieldset>
    ${state.topic === 'task'
      ? html`<div class="field"><label for="task">${s.task}</label>
          <input id="task" maxlength="200" .value=${state.task} aria-describedby="task-hint" @input=${(e: Event) => on.change({ task: (e.target as HTMLInputElement).value })} />
          <p class="hint" id="task-hint">${s.taskHint}</p></div>`
      : nothing}
    <div class="field"><label for="level">${s.level}</label>
      <select id="level" @change=${(e: Event) => on.change({ level: (e.target as HTMLSelectElement).value as ReflectionLevelId })}>
        ${fw.reflection.map((r) => html`<option value=${r.id} ?selected=${r.id === state.level}>${r.title}</option>`)}
      </select></div>
    <div class="field"><label for="threshold">${s.threshold}</label>
      <span class="with-unit"><input id="threshold" type="number" inputmode="numeric" min=${MIN_ANSWERS} step="1" .value=${state.threshold}
        aria-describedby="threshold-hint" @input=${(e: Event) => on.change({ threshold: (e.target as HTMLInputElement).value })} /> ${s.answersUnit}</span>
      <p class="hint" id="threshold-hint">${s.thresholdHint(MIN_ANSWERS)}</p></div>
    <button type="submit" part="button" class="primary" aria-describedby="setup-status">${s.start}</button>
    <p class="status ${status.error ? 'error' : ''}" role="status" id="setup-status">${status.text}</p>
  </form>
  ${on.join ? html`<p class="join-instead">${s.joinInstead} ${button(s.joinWithCode, on.join, { id: 'join-with-code' })}</p>` : nothing}`;
}

export interface CollectState {
  record: RoundRecord;
  link: string;
  byHandOpen: boolean;
  canScan: boolean;
  scanning: boolean;
  persistent: boolean;
  confirmCancel: boolean;
}

export interface CollectActions {
  /** An answer code was sent; resolves true when it was taken (the field is then emptied for the next). */
  add: (code: string) => Promise<boolean>;
  copyLink: () => void;
  reveal: () => void;
  toggleByHand: () => void;
  addByHand: (form: HTMLFormElement) => void;
  scan: () => void;
  cancel: () => void;
  confirmCancel: (yes: boolean) => void;
}

export function renderCollect(state: CollectState, fw: Framework, s: RoundUi, level: number, status: Announcer, on: CollectActions): TemplateResult {
  const { record } = state;
  const code = roundCode(record);
  const n = people(record);
  const needed = Math.max(MIN_ANSWERS, record.threshold);
  const ready = canReveal(record);
  return html`<section class="collect" part="collect" aria-labelledby="collect-h">
    ${heading(level, html`${s.roundCode}: <span class="code">${grouped(code, 4)}</span>`, 'collect-h')}
    ${record.task ? html`<p class="task-name">${s.taskLabel(record.task)}</p>` : nothing}
    <div class="join-box">
      <div class="qr-box">${qrCode(state.link, s.qrRound(grouped(code, 4)))}</div>
      <div>
        <p>${s.joinHow}</p>
        <p class="code huge" aria-hidden="true">${grouped(code, 4)}</p>
        <p><label for="link">${s.link}</label><input id="link" class="link" readonly .value=${state.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></p>
        <p>${button(s.copyLink, on.copyLink)}</p>
      </div>
    </div>
    ${state.persistent ? nothing : html`<p class="notice" part="notice">${s.notKept}</p>`}
    <p class="count" part="count" aria-live="polite">${s.answersIn(n)}. ${ready ? s.ready : s.waiting(n, needed)}</p>
    <form class="add" @submit=${(e: Event) => {
        e.preventDefault();
        const field = (e.target as HTMLFormElement).elements.namedItem('answer-code') as HTMLTextAreaElement;
        const [typed, movedOn] = [field.value, focusMark(field.ownerDocument)];
        void on.add(typed).then((taken) => {
          if (!taken) return;
          // what was typed or pasted while the answers were being kept is the next code: it stays, and so does focus
          if (field.value === typed) field.value = '';
          if (!movedOn()) field.focus();
        });
      }}>
      <label for="answer-code">${s.answerCode}</label>
      <p class="hint" id="answer-hint">${s.answerCodeHint}</p>
      <span class="row">
        <!-- a text area: a meeting chat pasted whole keeps its lines; Enter adds, Shift+Enter is a new line -->
        <textarea id="answer-code" name="answer-code" class="code-field" rows="2" autocomplete="off" autocapitalize="characters" spellcheck="false"
          aria-describedby="answer-hint collect-status" aria-invalid=${status.error ? 'true' : nothing}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
            e.preventDefault();
            (e.target as HTMLTextAreaElement).form?.requestSubmit();
          }}
          @paste=${(e: ClipboardEvent) => {
            // a pasted text (a whole chat, say) is taken at once: one action, not two; once it is in the field
            const form = (e.target as HTMLTextAreaElement).form;
            setTimeout(() => form?.requestSubmit());
          }}></textarea>
        <button type="submit" part="button">${s.addAnswer}</button>
        ${state.canScan ? button(state.scanning ? s.scanStop : s.scan, on.scan, { pressed: state.scanning }) : nothing}
      </span>
      ${state.scanning ? html`<p class="hint">${s.scanning}</p><video class="camera" muted playsinline aria-hidden="true"></video>` : nothing}
      <p class="status ${status.error ? 'error' : ''}" role="status" id="collect-status">${status.text}</p>
    </form>
    <p class="actions">
      <!-- not disabled below the threshold: pressed, it says why (a disabled button would say nothing) -->
      ${button(s.reveal, on.reveal, { cls: ready ? 'primary' : undefined, id: 'reveal' })}
      ${button(s.byHand, on.toggleByHand, { expanded: state.byHandOpen, controls: 'by-hand' })}
      ${button(s.cancel, on.cancel, { id: 'cancel' })}
    </p>
    ${state.confirmCancel
      ? html`<p class="confirm" role="group" aria-labelledby="confirm-q"><span id="confirm-q">${s.cancelConfirm}</span>
          ${button(s.cancel, () => on.confirmCancel(true), { cls: 'danger', id: 'confirm-yes' })} ${button(s.keepGoing, () => on.confirmCancel(false), { cls: 'quiet', id: 'confirm-no' })}</p>`
      : nothing}
    ${state.byHandOpen ? renderByHand(record, fw, s, on) : nothing}
  </section>`;
}

/** The counts typed into the by-hand form: a blank field is 0, anything but a whole number is NaN (refused). */
export function readByHand(form: HTMLFormElement): { people: number; counts: Counts } {
  const number = (name: string) => {
    const v = (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    return /^\d+$/.test(v) ? Number(v) : v === '' ? 0 : NaN;
  };
  const counts = emptyCounts();
  for (const id of FOCUS_AREA_IDS) counts[id] = [0, 1, 2, 3].map((i) => number(`${id}-${i}`)) as Counts[FocusAreaId];
  return { people: number('people'), counts };
}

function renderByHand(record: RoundRecord, fw: Framework, s: RoundUi, on: CollectActions): TemplateResult {
  const steps = s.steps[record.topic];
  return html`<form id="by-hand" class="by-hand" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      on.addByHand(e.target as HTMLFormElement);
    }}>
    <p>${s.byHandIntro[record.topic]}</p>
    <div class="field"><label for="hand-people">${s.byHandPeople}</label><input id="hand-people" name="people" type="number" min="1" step="1" inputmode="numeric" /></div>
    <div class="scales">
      ${FOCUS_AREA_IDS.map(
        (id: FocusAreaId) => html`<fieldset class="scale ${id}"><legend>${marker}${fw.focusAreas.find((a) => a.id === id)!.title}</legend>
          <div class="counts-row">${steps.map((word, i) => html`<label class="count-field">${word}<input name=${`${id}-${i}`} type="number" min="0" step="1" inputmode="numeric" value="0" /></label>`)}</div>
        </fieldset>`,
      )}
    </div>
    <button type="submit" part="button">${s.byHandAdd}</button>
  </form>`;
}

export interface SavedActions {
  open: (record: RoundRecord) => void;
  /** Delete was pressed: a round with answers asks first. */
  remove: (record: RoundRecord) => void;
  /** The question was answered yes. */
  confirmRemove: (record: RoundRecord) => void;
  keep: () => void;
}

export function renderSaved(
  records: RoundRecord[] | undefined,
  s: RoundUi,
  level: number,
  dayText: (day: string) => string,
  confirming: string | undefined,
  on: SavedActions,
): TemplateResult | typeof nothing {
  if (!records) return nothing;
  return html`<section class="saved" part="saved" aria-labelledby="saved-h">
    ${heading(level, s.saved, 'saved-h')}
    ${records.length
      ? html`<ul role="list">
          ${records.map(
            (r) => html`<li>
              <span>${s.savedRound(dayText(r.day), r.topic === 'task' ? r.task || s.task : s.leadershipName, people(r))}</span>
              ${confirming === r.id
                ? html`<span class="confirm" role="group" aria-labelledby="remove-q"><span id="remove-q">${s.removeConfirm(people(r), !!r.revealed)}</span>
                    ${button(s.removeYes, () => on.confirmRemove(r), { cls: 'danger', id: 'remove-yes' })}
                    ${button(s.keep, on.keep, { cls: 'quiet', id: 'remove-no' })}</span>`
                : html`${button(r.revealed ? s.show : s.open, () => on.open(r))}
                    ${button(s.remove, () => on.remove(r), { cls: 'danger', id: `remove-${r.id}` })}`}
            </li>`,
          )}
        </ul>`
      : html`<p>${s.savedNone}</p>`}
  </section>`;
}
