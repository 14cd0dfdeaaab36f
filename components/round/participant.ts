/** The participant's side of a round: join with the round code, answer privately, get the answer code. */
import { html, nothing, type TemplateResult } from 'lit';
import { grouped, type Step } from '../../content/round-code';
import type { ParticipantState } from '../../content/round-session';
import { FOCUS_AREA_IDS, type FocusAreaId, type Framework } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import { qrCode } from './qr';
import type { RoundUi } from './round.strings';
import { topicQuestion } from './topic';


export interface ParticipantActions {
  /** Back to the facilitator's setup (a page that serves both), before a round is joined. */
  back?: () => void;
  join: (code: string) => void;
  choose: (area: FocusAreaId, step: Step | null) => void;
  makeCode: () => void;
  copyCode: () => void;
  change: () => void;
}

export function renderParticipant(state: ParticipantState, fw: Framework, s: RoundUi, level: number, status: Announcer, on: ParticipantActions): TemplateResult {
  const line = html`<p class="status ${status.error ? 'error' : ''}" role="status" id="participant-status">${status.text}</p>`;
  if (!state.joined) {
    return html`<form class="join" part="join" @submit=${(e: Event) => {
        e.preventDefault();
        on.join(((e.target as HTMLFormElement).elements.namedItem('round-code') as HTMLInputElement).value);
      }}>
      ${heading(level, s.join, 'join-h')}
      <p>${s.joinIntro}</p>
      <label for="round-code">${s.roundCode}</label>
      <input id="round-code" name="round-code" class="code-field" autocomplete="off" autocapitalize="characters" spellcheck="false"
        .value=${state.joinCode} aria-describedby="participant-status" aria-invalid=${status.error ? 'true' : nothing} />
      <button type="submit" part="button" class="primary">${s.joinButton}</button>
      ${line}
      ${on.back ? html`<p class="lead-instead">${button(s.leadInstead, on.back, { cls: 'quiet', id: 'lead-instead' })}</p>` : nothing}
    </form>`;
  }
  const { round, task } = state.joined;
  const steps = s.steps[round.topic];
  const area = (id: FocusAreaId) => fw.focusAreas.find((a) => a.id === id)!;
  if (state.code) {
    return html`<section class="answered" part="answer" aria-labelledby="code-h">
      ${heading(level, s.yourCode, 'code-h')}
      <p>${state.joined.scan ? s.giveCode : s.giveCodeNoScan}</p>
      <p class="code big" part="code" id="answer-code" tabindex="-1">${grouped(state.code, 3)}</p>
      ${state.joined.scan ? html`<div class="qr-box">${qrCode(state.code, s.qrAnswer)}</div>` : nothing}
      <p class="actions">${button(s.copyCode, on.copyCode)} ${button(s.change, on.change)}</p>
      <p class="note">${s.changeNote}</p>
      <p class="note">${s.nothingStored}</p>
      ${line}
    </section>`;
  }
  return html`<form class="answer" part="answer" @submit=${(e: Event) => {
      e.preventDefault();
      on.makeCode();
    }}>
    ${heading(level, round.topic === 'leadership' ? s.leadershipQuestion : topicQuestion(fw, round.topic), 'question-h')}
    ${task ? html`<p class="task-name">${s.taskLabel(task)}</p>` : nothing}
    <p>${s.answerPrivately}</p>
    <div class="scales">
      ${FOCUS_AREA_IDS.map(
        (id) => html`<fieldset class="scale ${id}" part="scale">
          <legend>${marker}${area(id).title}</legend>
          ${steps.map(
            (word, step) => html`<label><input type="radio" name=${`step-${id}`} .checked=${state.chosen[id] === step}
              @change=${() => on.choose(id, step as Step)} />${word}</label>`,
          )}
          ${round.topic === 'leadership'
            ? html`<label><input type="radio" name=${`step-${id}`} .checked=${state.chosen[id] === null} @change=${() => on.choose(id, null)} />${s.notAnswered}</label>`
            : nothing}
        </fieldset>`,
      )}
    </div>
    <button type="submit" part="button" class="primary" aria-describedby="participant-status">${s.makeCode}</button>
    ${line}
  </form>`;
}
