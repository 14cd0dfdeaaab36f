/** The setup: the form for choosing the level, optionally a focus area (or all four in turn), and a timer. */
import { html, nothing, type TemplateResult } from 'lit';
import { button } from '../shared/markup';
import { printCards } from './cards';
import type { LgDialogue } from './dialogue';

export function renderSetup(el: LgDialogue): TemplateResult {
  const s = el._s;
  const fw = el.framework;
  const count = el.cards.length;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    el.start();
  };
  return html`<form class="setup" part="setup" @submit=${onSubmit}>
      <p class="intro">${s.intro}</p>
      <fieldset class="levels">
        <legend>${s.level}</legend>
        ${fw.reflection.map(
          (r) => html`<label class="choice">
            <input type="radio" name="level" value=${r.id} .checked=${el.level === r.id}
              @change=${() => (el.level = r.id)} />
            <span>${r.title}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="area">${s.area}</label>
        <select id="area" @change=${(e: Event) => (el.area = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!el._area}>${s.areaNone}</option>
          ${fw.focusAreas.map((a) => html`<option value=${a.id} ?selected=${el._area === a.id}>${a.title}</option>`)}
          <option value="all" ?selected=${el._area === 'all'}>${s.areaAll}</option>
        </select>
      </div>
      <div class="field">
        <label for="minutes">${s.minutes}</label>
        <input id="minutes" type="number" min="0" max="60" step="1" inputmode="numeric" aria-describedby="minutes-hint"
          .value=${el.minutes} @input=${(e: Event) => (el.minutes = (e.target as HTMLInputElement).value)} />
        <p class="hint" id="minutes-hint">${s.minutesHint}</p>
      </div>
      <div class="actions">
        <button type="submit" id="start" part="button" class="primary">${s.start}</button>
        <span class="count">${count ? s.questionsCount(count) : ''}</span>
        ${count ? button(s.printCards, printCards, { id: 'print' }) : nothing}
      </div>
      <p class="hint">${s.printHint}</p>
      <p class="msg" role="status">${el._formMsg}</p>
    </form>`;
}
