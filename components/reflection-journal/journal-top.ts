/** The top of the journal: its title, the privacy line (with a padlock), the translation note and the store's state. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Framework } from '../../content/model';
import type { StoreProblem } from '../shared/database';
import type { Persistence } from '../shared/controllers/persistence';
import { heading, translationNote } from '../shared/markup';
import type { JournalUi } from './reflection-journal.strings';

export interface TopView {
  level: number;
  /** The lock is on (open or not): the privacy line says the notes are encrypted. */
  locked: boolean;
  persistence: Persistence | undefined;
  problem: StoreProblem | undefined;
}

/** On a page of the browser extension, whose storage no other site's script can read. */
const inExtension = (): boolean => /^(chrome|moz)-extension:$/.test(location.protocol);

export function renderTop(v: TopView, fw: Framework, s: JournalUi): TemplateResult {
  return html`${heading(v.level, s.title, 'title', 'title')}
    <p class="privacy" part="privacy">${padlock}<span>${inExtension() ? s.privacyExtension : v.locked ? s.privacyLocked : s.privacy}</span></p>
    ${translationNote(fw)}
    ${v.persistence ? html`<p class="persistence" part="persistence">${s.persistence[v.persistence]}</p>` : nothing}
    ${v.problem ? html`<p class="problem" part="problem" role="alert">${s.problem[v.problem]}</p>` : nothing}`;
}

/** A small padlock, decoration beside the privacy line. */
const padlock = html`<svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
  <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
</svg>`;
