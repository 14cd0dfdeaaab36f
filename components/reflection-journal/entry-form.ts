/**
 * The form for a new or edited entry: for each focus area where I am now (the four-step scale, or not assessed),
 * my strengths and where I need to develop; then the framework's question on how I work with the four areas and
 * its question for the talk with my own leader.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { QUESTION, SCALE, isEmptyContent, questionText } from '../../content/journal';
import type { JournalContent, ScaleLevel } from '../../content/journal';
import type { EntryDraft, FieldChange } from '../../content/journal-draft';
import { FOCUS_AREA_IDS, type FocusArea, type FocusAreaId, type Framework } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import type { DraftMode } from './draft-keeper';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import type { JournalUi } from './reflection-journal.strings';

/**
 * The change an input event from one of the form's fields makes (a radio of the scale: `data-area` and
 * `data-field="level"`; an area's text: `data-field` `strengths` or `develop`; an answer: `data-question`).
 * Undefined when the event changes nothing (a radio being unchecked, another element).
 */
export function fieldChange(target: HTMLInputElement | HTMLTextAreaElement): FieldChange | undefined {
  const { area, field, question } = target.dataset;
  if (field === 'date') return { date: target.value };
  if (area && (FOCUS_AREA_IDS as readonly string[]).includes(area)) {
    const id = area as FocusAreaId;
    if (field === 'level') {
      if (!(target as HTMLInputElement).checked) return undefined;
      return { area: id, field, value: target.value === '' ? null : (Number(target.value) as ScaleLevel) };
    }
    if (field === 'strengths' || field === 'develop') return { area: id, field, value: target.value };
    return undefined;
  }
  return question ? { question, value: target.value } : undefined;
}

export interface FormView {
  draft: EntryDraft;
  /** The heading: "Nyt notat" or "Redigér notatet fra …". */
  title: string;
  /** The entry's date (YYYY-MM-DD), and the latest it may be (today). */
  date: string;
  today: string;
  /** An entry is being edited (also one kept in memory only). */
  editing: boolean;
  draftMode: DraftMode;
  /** Another tab has written a different draft since: the person chooses which text to keep. */
  draftElsewhere: boolean;
}

export interface FormHandlers {
  submit: (e: Event) => void;
  input: (e: Event) => void;
  discard: () => void;
  useOtherDraft: () => void;
  keepMyDraft: () => void;
}

export function renderForm(v: FormView, fw: Framework, s: JournalUi, h: number, status: Announcer, on: FormHandlers): TemplateResult {
  const c = v.draft.content;
  const q = (id: string) => questionText(fw, id);
  return html`<section class="write" aria-labelledby="write-heading">
    ${heading(h, v.title, 'write-heading')}
    <p class="hint" id="draft-hint">${{ local: s.draftLocal, memory: s.draftMemory, locked: s.draftLocked }[v.draftMode]}</p>
    ${v.draft.restored ? html`<p class="restored">${s.draftRestored}</p>` : nothing}
    ${v.draftElsewhere
      ? html`<div class="problem" part="draft-elsewhere" role="alert">
          <p>${s.draftElsewhere}</p>
          <p class="row">${button(s.useOtherDraft, on.useOtherDraft)} ${button(s.keepMyDraft, on.keepMyDraft)}</p>
        </div>`
      : nothing}
    <form part="form" novalidate @submit=${on.submit} @input=${on.input}>
      <div class="field inline">
        <label for="entry-date">${s.dateLabel}</label>
        <input id="entry-date" type="date" data-field="date" max=${v.today} .value=${live(v.date)} />
      </div>
      ${fw.focusAreas.map((area) => renderArea(s, area, c, q))}
      <div class="field">
        <label for="answer-overall">${q(QUESTION.overall)}</label>
        <textarea id="answer-overall" rows="3" data-question=${QUESTION.overall}
          .value=${live(c.answers[QUESTION.overall] ?? '')}></textarea>
      </div>
      <fieldset class="talk-q">
        <legend>${s.talkHeading}</legend>
        <label for="answer-talk">${q(QUESTION.talk)}</label>
        <textarea id="answer-talk" rows="3" data-question=${QUESTION.talk} .value=${live(c.answers[QUESTION.talk] ?? '')}></textarea>
      </fieldset>
      <div class="actions">
        <button type="submit" part="button" class="primary">${v.editing ? s.saveChanges : s.save}</button>
        ${v.draft.id
          ? button(s.cancelEdit, on.discard, { cls: 'quiet' })
          : v.draft.restored && !isEmptyContent(c)
            ? button(s.discardDraft, on.discard)
            : nothing}
      </div>
      <p id="form-msg" class="msg" role="status" tabindex="-1">${status.text}</p>
    </form>
  </section>`;
}

/** One focus area's fieldset: the scale, then the framework's two questions. */
function renderArea(s: JournalUi, area: FocusArea, c: JournalContent, q: (id: string) => string): TemplateResult {
  const id = area.id;
  const note = c.areas[id];
  const option = (value: ScaleLevel | null, label: string) => html`<label class="step">
    <input type="radio" name=${`level-${id}`} value=${value ?? ''} data-area=${id} data-field="level"
      .checked=${live(note.level === value)} />
    <span>${label}</span>
  </label>`;
  return html`<fieldset class="area ${id}" part="area">
    <legend>${marker}${area.title}</legend>
    <fieldset class="scale">
      <!-- the area in the group's name too: four groups named only "Hvor er jeg nu?" could not be told apart -->
      <legend>${s.whereNow}<span class="visually-hidden"> (${s.areaShort[id]})</span></legend>
      <div class="steps">${option(null, s.notAssessed)}${SCALE.map((l) => option(l, s.levels[l]))}</div>
    </fieldset>
    <div class="field">
      <label for=${`${id}-strengths`}>${q(QUESTION.strengths)}</label>
      <textarea id=${`${id}-strengths`} rows="2" data-area=${id} data-field="strengths" .value=${live(note.strengths)}></textarea>
    </div>
    <div class="field">
      <label for=${`${id}-develop`}>${q(QUESTION.develop)}</label>
      <textarea id=${`${id}-develop`} rows="2" data-area=${id} data-field="develop" .value=${live(note.develop)}></textarea>
    </div>
  </fieldset>`;
}
