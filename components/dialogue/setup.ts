/** The setup: the form for choosing the level, optionally a focus area (or all four in turn), and a timer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AreaChoice } from '../../content/dialogue';
import type { Framework } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { button } from '../shared/button';
import type { DialogueUi } from './dialogue.strings';

export interface SetupView {
  level: string;
  area: AreaChoice;
  minutes: string;
  /** How many questions the choice gives. */
  count: number;
}

export interface SetupHandlers {
  level: (id: string) => void;
  area: (value: string) => void;
  minutes: (value: string) => void;
  start: () => void;
  print: () => void;
}

export function renderSetup(v: SetupView, fw: Framework, s: DialogueUi, status: Announcer, on: SetupHandlers): TemplateResult {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    on.start();
  };
  return html`<form class="setup" part="setup" @submit=${onSubmit}>
      <p class="intro">${s.intro}</p>
      <fieldset class="choices">
        <legend>${s.level}</legend>
        ${fw.reflection.map(
          (r) => html`<label>
            <input type="radio" name="level" value=${r.id} .checked=${v.level === r.id} @change=${() => on.level(r.id)} />
            <span>${r.title}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="area">${s.area}</label>
        <select id="area" @change=${(e: Event) => on.area((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!v.area}>${s.areaNone}</option>
          ${fw.focusAreas.map((a) => html`<option value=${a.id} ?selected=${v.area === a.id}>${a.title}</option>`)}
          <option value="all" ?selected=${v.area === 'all'}>${s.areaAll}</option>
        </select>
      </div>
      <div class="field">
        <label for="minutes">${s.minutes}</label>
        <input id="minutes" type="number" min="0" max="60" step="1" inputmode="numeric" aria-describedby="minutes-hint"
          .value=${v.minutes} @input=${(e: Event) => on.minutes((e.target as HTMLInputElement).value)} />
        <p class="hint" id="minutes-hint">${s.minutesHint}</p>
      </div>
      <div class="actions">
        <button type="submit" id="start" part="button" class="primary">${s.start}</button>
        <span class="count">${v.count ? s.questionsCount(v.count) : ''}</span>
        ${v.count ? button(s.printCards, on.print, { id: 'print' }) : nothing}
      </div>
      <p class="hint">${s.printHint}</p>
      <p class="msg" role="status">${status.text}</p>
    </form>`;
}
