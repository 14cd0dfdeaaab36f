/**
 * The form for a new or edited entry: for each focus area where I am now (the four-step scale, or not assessed),
 * my strengths and where I need to develop; then the framework's question on how I work with the four areas and
 * its question for the talk with my own leader. Saving it, opening an entry in it, discarding the draft.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { QUESTION, SCALE, cleanContent, isEmptyContent, isoDate, questionText } from '../../content/journal';
import type { JournalContent, JournalEntry, ScaleLevel } from '../../content/journal';
import { FOCUS_AREA_IDS, type FocusArea, type FocusAreaId } from '../../content/model';
import { heading } from '../shared/markup';
import { focusAfterRender } from '../shared/focus';
import { button } from '../shared/markup';
import type { JournalUi } from './reflection-journal.strings';
import type { LgReflectionJournal } from './reflection-journal';

/**
 * The form's content after an input event from one of its fields (a radio of the scale: `data-area` and
 * `data-field="level"`; an area's text: `data-field` `strengths` or `develop`; an answer: `data-question`).
 * Undefined when the event changes nothing (a radio being unchecked, another element).
 */
export function applyInput(content: JournalContent, target: HTMLInputElement | HTMLTextAreaElement): JournalContent | undefined {
  const { area, field, question } = target.dataset;
  const next: JournalContent = {
    areas: Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, { ...content.areas[id] }])) as JournalContent['areas'],
    answers: { ...content.answers },
  };
  const a = area as FocusAreaId | undefined;
  if (a && a in next.areas) {
    if (field === 'level') {
      if (!(target as HTMLInputElement).checked) return undefined;
      next.areas[a].level = target.value === '' ? null : (Number(target.value) as ScaleLevel);
    } else if (field === 'strengths' || field === 'develop') next.areas[a][field] = target.value;
    else return undefined;
  } else if (question) {
    if (target.value) next.answers[question] = target.value;
    else delete next.answers[question];
  } else return undefined;
  return next;
}

export function renderForm(el: LgReflectionJournal, h: number): TemplateResult {
  const s = el._s;
  const fw = el.framework;
  const editing = el._draftId ? el._entries?.find((e) => e.id === el._draftId) : undefined;
  const date = el._draftDate ?? editing?.date ?? isoDate(el.now());
  const title = editing ? s.editEntry(el._date(editing.date)) : s.newEntry;
  const c = el._content;
  const q = (id: string) => questionText(fw, id);
  return html`<section class="write" aria-labelledby="write-heading">
    ${heading(h, title, 'write-heading')}
    <p class="date">${s.dateLine(el._date(date))}</p>
    <p class="hint" id="draft-hint">${el._draftMode === 'local' ? s.draftLocal : s.draftMemory}</p>
    ${el._restored ? html`<p class="restored">${s.draftRestored}</p>` : nothing}
    <form part="form" novalidate @submit=${el._onSubmit} @input=${el._onInput}>
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
        <button type="submit" part="button" class="primary">${editing || el._draftId ? s.saveChanges : s.save}</button>
        ${el._draftId
          ? button(s.cancelEdit, () => discardDraft(el))
          : el._restored && !isEmptyContent(c)
            ? button(s.discardDraft, () => discardDraft(el))
            : nothing}
      </div>
      <p id="form-msg" class="msg" role="status" tabindex="-1">${el._formMsg}</p>
    </form>
  </section>`;
}

/** One focus area's fieldset: the scale, then the framework's two questions. */
function renderArea(s: JournalUi, area: FocusArea, c: JournalContent, q: (id: string) => string): TemplateResult {
  const id = area.id as FocusAreaId;
  const note = c.areas[id];
  const option = (value: ScaleLevel | null, label: string) => html`<label class="step">
    <input type="radio" name=${`level-${id}`} value=${value ?? ''} data-area=${id} data-field="level"
      .checked=${live(note.level === value)} />
    <span>${label}</span>
  </label>`;
  return html`<fieldset class="area ${id}" part="area">
    <legend><span class="marker" aria-hidden="true"></span>${area.title}</legend>
    <fieldset class="scale">
      <legend>${s.whereNow}</legend>
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

/** Saves the form as an entry (new, or the one being edited); see LgReflectionJournal.save. */
export async function saveEntry(el: LgReflectionJournal): Promise<JournalEntry | undefined> {
  const s = el._s;
  if (isEmptyContent(el._content) && !el._draftId) {
    el._formMsg = s.nothingToSave;
    return undefined;
  }
  const store = await el._store();
  const entry = await store.save({ id: el._draftId, date: el._draftDate, ...el._content });
  await el._reload();
  if (store.persistent) {
    el._clearDraft();
    el._formMsg = s.saved(el._date(entry.date));
  } else {
    // not kept by the browser: the text stays in the form and in the draft, now tied to the entry
    el._draftId = entry.id;
    el._draftDate = entry.date;
    el._writeDraft();
    el._formMsg = s.savedMemory(el._date(entry.date));
  }
  el._changed('save');
  return entry;
}

/** Opens an entry in the form, unless another one is being written there. */
export function editEntry(el: LgReflectionJournal, entry: JournalEntry): void {
  if (!isEmptyContent(el._content) && el._draftId !== entry.id) {
    el._formMsg = el._s.finishDraftFirst;
    void focusAfterRender(el, '#form-msg');
    return;
  }
  el._content = cleanContent(entry);
  el._draftId = entry.id;
  el._draftDate = entry.date;
  el._restored = false;
  el._formMsg = '';
  el._writeDraft();
  void focusAfterRender(el, '#write-heading');
}

/** Empties the form and discards the draft (Cancel editing, Discard the draft). */
function discardDraft(el: LgReflectionJournal): void {
  el._clearDraft();
  el._formMsg = el._s.draftDiscarded;
  void focusAfterRender(el, '#write-heading');
}
