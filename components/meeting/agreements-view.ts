/** Agreements: last time's open ones, each given a status; and the form for new ones, with the ones made today. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FocusAreaId, Framework } from '../../content/model';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus } from '../../content/team';
import type { Announcer } from '../shared/controllers/announcer';
import { heading } from '../shared/markup';
import type { MeetingUi } from './meeting.strings';

const areaTitle = (fw: Framework, id: FocusAreaId | '') => (id ? fw.focusAreas.find((a) => a.id === id)?.title ?? '' : '');

/** One agreement's words: what, who, by when, which area. */
export const agreementLine = (a: Agreement, fw: Framework, s: MeetingUi, day: (d: string) => string): string =>
  [a.what, a.who && s.by(a.who), a.due && s.dueBy(day(a.due)), areaTitle(fw, a.area)].filter(Boolean).join(' · ');

export function renderFollowUp(open: Agreement[], fw: Framework, s: MeetingUi, day: (d: string) => string, setStatus: (a: Agreement, status: AgreementStatus) => void): TemplateResult {
  if (!open.length) return html`<p>${s.followUpNone}</p>`;
  return html`<ul class="agreements follow-up" role="list">
    ${open.map(
      (a) => html`<li>
        <span class="what">${agreementLine(a, fw, s, day)}</span>
        <label class="status-choice">${s.statusOf(a.what)}
          <select @change=${(e: Event) => setStatus(a, (e.target as HTMLSelectElement).value as AgreementStatus)}>
            ${AGREEMENT_STATUSES.map((st) => html`<option value=${st} ?selected=${a.status === st}>${s.statuses[st]}</option>`)}
          </select>
        </label>
      </li>`,
    )}
  </ul>`;
}

export interface NewAgreement {
  what: string;
  who: string;
  due: string;
  area: FocusAreaId | '';
}

export function renderNewAgreements(made: Agreement[], fw: Framework, s: MeetingUi, level: number, status: Announcer, day: (d: string) => string, add: (a: NewAgreement, form: HTMLFormElement) => void): TemplateResult {
  return html`<form class="new-agreement" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value ?? '').trim();
      add({ what: value('what'), who: value('who'), due: value('due'), area: value('area') as FocusAreaId | '' }, form);
    }}>
      <div class="field"><label for="what">${s.what}</label><input id="what" name="what" maxlength="500" aria-describedby="agreement-status" /></div>
      <div class="field-row">
        <div class="field"><label for="who">${s.who}</label><input id="who" name="who" maxlength="60" /></div>
        <div class="field"><label for="due">${s.due}</label><input id="due" name="due" type="date" /></div>
        <div class="field"><label for="area">${s.area}</label>
          <select id="area" name="area"><option value="">${s.noArea}</option>${fw.focusAreas.map((a) => html`<option value=${a.id}>${a.title}</option>`)}</select></div>
      </div>
      <button type="submit" part="button" class="primary">${s.addAgreement}</button>
      <p class="status ${status.error ? 'error' : ''}" role="status" id="agreement-status">${status.text}</p>
    </form>
    ${heading(level, s.madeToday, 'made-h')}
    ${made.length ? html`<ul class="agreements made" role="list">${made.map((a) => html`<li>${agreementLine(a, fw, s, day)}</li>`)}</ul>` : html`<p>${s.noneYet}</p>`}
    ${nothing}`;
}
