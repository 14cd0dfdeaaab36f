/**
 * "Dine data": export (JSON, Markdown, and the backup of everything: notes and saved tasks), import from a file
 * (a journal file or a backup; validated and previewed first, then all or nothing) and delete all (after
 * confirmation).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../content/format';
import type { ImportPreview } from '../../content/journal-draft';
import type { Language } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import type { PassphraseUi } from '../shared/passphrase.strings';
import { passphraseField } from '../shared/passphrase-field';
import type { JournalUi } from './reflection-journal.strings';

export interface DataView {
  /** How many entries are kept. */
  count: number;
  preview: ImportPreview | undefined;
  /** Deleting everything awaits confirmation. */
  confirmingAll: boolean;
  lang: Language;
  /** The JSON exports are to be encrypted (the passphrase fields are shown). */
  encrypt: boolean;
  /** This page can encrypt (WebCrypto: a secure context). */
  canEncrypt: boolean;
  /** The chosen file is encrypted and waits for its passphrase. */
  sealedFile: boolean;
  /** Deriving a key: the buttons wait. */
  busy: boolean;
}

export interface DataHandlers {
  exportJson: () => void;
  exportMarkdown: () => void;
  exportBackup: () => void;
  /** Opens the (hidden) file field, as the picker's import button does: the browser's bare "Choose file" is not shown. */
  chooseFile: () => void;
  fileChosen: (e: Event) => void;
  /** The encrypt box was ticked or cleared. */
  encryptChanged: (e: Event) => void;
  /** The passphrase of an encrypted file was sent (its field: passphrase). */
  openSealed: (e: SubmitEvent) => void;
  doImport: () => void;
  cancelImport: () => void;
  askDeleteAll: () => void;
  confirmDeleteAll: () => void;
  keep: () => void;
}

export function renderData(v: DataView, s: JournalUi, p: PassphraseUi, h: number, status: Announcer, on: DataHandlers): TemplateResult {
  const { issues, plan, tasks = [], teams = [] } = v.preview ?? {};
  const wait = { disabled: v.busy };
  return html`<section class="data no-print" part="data" aria-labelledby="data-heading">
    ${heading(h, s.data, 'data-heading')}
    <p>${s.dataIntro}</p>
    ${v.canEncrypt
      ? html`<div class="encrypt">
          <label class="check"><input type="checkbox" id="export-encrypt" .checked=${v.encrypt} @change=${on.encryptChanged}
            aria-describedby="encrypt-hint" /> ${p.encryptFiles}</label>
          <p class="hint" id="encrypt-hint">${p.encryptHint} ${p.markdownPlain}</p>
          ${v.encrypt
            ? html`${passphraseField('export-pass', 'passphrase', p.passphrase, 'new-password', 'export-pass-hint')}
                <p class="hint" id="export-pass-hint">${p.passphraseHint}</p>
                ${passphraseField('export-again', 'again', p.passphraseAgain, 'new-password')}`
            : nothing}
    <div class="actions">
      ${button(s.exportJson, on.exportJson, { id: 'export-json', ...wait })}
      ${button(s.exportMarkdown, on.exportMarkdown, { id: 'export-md' })}
      ${button(s.exportBackup, on.exportBackup, { id: 'export-backup', ...wait })}
    </div>
        </div>`
      : nothing}
    <div class="actions">
      ${button(s.importFile, on.chooseFile, { id: 'import' })}
      <input id="import-file" type="file" accept=".json,application/json" hidden @change=${on.fileChosen} />
    </div>
    ${v.sealedFile
      ? html`<form id="sealed-form" class="result" @submit=${on.openSealed} novalidate>
          <p>${p.sealedFile}</p>
          ${passphraseField('sealed-pass', 'passphrase', p.passphrase, 'current-password')}
          <div class="actions">
            <button type="submit" part="button" class="primary" id="sealed-open" aria-disabled=${v.busy ? 'true' : nothing}>${p.openFile}</button>
            ${button(s.importCancel, on.cancelImport, { cls: 'quiet', id: 'sealed-cancel' })}
          </div>
        </form>`
      : nothing}
    <div id="import-result" tabindex="-1" class=${v.preview ? 'result' : nothing}>
      ${issues
        ? html`<div class="problem import-problems" part="import-problems">
            <p>${s.importProblems}</p>
            <ul class="issues">${issues.map((i) => html`<li>${s.issues[i.code](i)}</li>`)}</ul>
          </div>`
        : nothing}
      ${plan
        ? html`${plan.items.length
              ? html`<p>${s.importPreview(plan.items.length)}</p>
                  <ul class="plan">
                    ${plan.items.map((i) => html`<li>${formatDay(i.entry.date, v.lang)} – ${s.status[i.status]}</li>`)}
                  </ul>`
              : nothing}
            ${tasks.length ? html`<p>${s.importTasksToo(tasks.length)}</p>` : nothing}
            ${teams.length ? html`<p>${s.importTeamsToo(teams.length)}</p>` : nothing}
            ${plan.toWrite.length || tasks.length || teams.length
              ? html`<div class="actions">
                  ${button(tasks.length || teams.length ? s.importDoAll : s.importDo(plan.toWrite.length), on.doImport, { cls: 'primary', id: 'import-do' })}
                  ${button(s.importCancel, on.cancelImport, { cls: 'quiet' })}
                </div>`
              : html`<p>${s.importNothing}</p>
                  <div class="actions">${button(s.importCancel, on.cancelImport, { cls: 'quiet' })}</div>`}`
        : nothing}
    </div>
    ${v.count
      ? html`<div class="actions">
          ${button(s.deleteAll, on.askDeleteAll, { cls: 'danger', id: 'delete-all', expanded: v.confirmingAll })}
        </div>`
      : nothing}
    ${v.confirmingAll && v.count
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-all-text">
          <p id="confirm-all-text">${s.confirmDeleteAll(v.count)}</p>
          ${button(s.confirmDeleteAllYes, on.confirmDeleteAll, { cls: 'danger', id: 'confirm-all' })}
          ${button(s.keep, on.keep, { cls: 'quiet', id: 'confirm-all-keep' })}
        </div>`
      : nothing}
    <p id="data-msg" class="msg" role="status" tabindex="-1">${status.text}</p>
  </section>`;
}
