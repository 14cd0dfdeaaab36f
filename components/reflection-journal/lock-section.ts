/**
 * The journal's lock (components/reflection-journal/journal-store.ts): the section that turns it on (with the warning first),
 * locks again or takes it off; and, while locked, the one thing the journal shows: the unlock field (and, for a
 * forgotten passphrase, deleting everything to start again).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LockProblem, LockState } from './journal-store';
import { passphraseField } from '../shared/passphrase-field';
import type { Announcer } from '../shared/controllers/announcer';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import type { PassphraseUi } from '../shared/passphrase.strings';
import type { JournalUi } from './reflection-journal.strings';

export interface LockView {
  state: LockState;
  /** The form that turns the lock on is open. */
  setting: boolean;
  /** Why the lock cannot be turned on here, if it cannot. */
  unavailable: LockProblem | undefined;
  /** Taking the lock off (or, locked, deleting everything) awaits confirmation. */
  confirming: boolean;
  /** Deriving a key or sealing the entries: the buttons wait. */
  busy: boolean;
}

export interface LockHandlers {
  open: () => void;
  cancel: () => void;
  /** The form that turns the lock on was sent (its fields: passphrase, again, understood). */
  lock: (e: SubmitEvent) => void;
  /** The unlock form was sent (its field: passphrase). */
  unlock: (e: SubmitEvent) => void;
  lockNow: () => void;
  ask: () => void;
  confirm: () => void;
  keep: () => void;
}

/** The section in an unlocked journal: turn the lock on, or (on) lock now and take it off. */
export function renderLockSection(v: LockView, s: JournalUi, p: PassphraseUi, h: number, status: Announcer, on: LockHandlers): TemplateResult {
  const msg = html`<p id="lock-msg" class="msg" role="status" tabindex="-1">${status.text}</p>`;
  if (v.state === 'open')
    return html`<section class="lock-section no-print" part="lock" aria-labelledby="lock-heading">
      ${heading(h, s.lockHeading, 'lock-heading')}
      <p>${s.lockOn}</p>
      <div class="actions">
        ${button(s.lockNow, on.lockNow, { cls: 'primary', id: 'lock-now' })}
        ${button(s.removeLock, on.ask, { id: 'remove-lock', expanded: v.confirming })}
      </div>
      ${v.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="remove-lock-text">
            <p id="remove-lock-text">${s.confirmRemoveLock}</p>
            ${button(s.confirmRemoveLockYes, on.confirm, { cls: 'danger', id: 'remove-lock-yes', disabled: v.busy })}
            ${button(s.keep, on.keep, { cls: 'quiet', id: 'remove-lock-keep' })}
          </div>`
        : nothing}
      ${msg}
    </section>`;
  return html`<section class="lock-section no-print" part="lock" aria-labelledby="lock-heading">
    ${heading(h, s.lockHeading, 'lock-heading')}
    <p>${s.lockIntro}</p>
    ${v.unavailable
      ? html`<p class="hint">${v.unavailable === 'crypto' ? p.problem.crypto : s.lockProblem[v.unavailable]}</p>`
      : !v.setting
        ? html`<div class="actions">${button(s.lockStart, on.open, { id: 'lock-start', expanded: false })}</div>`
        : html`<form id="lock-form" class="lock-form" @submit=${on.lock} novalidate>
            <p class="warning" id="lock-warning"><strong>${s.lockWarning}</strong></p>
            ${passphraseField('lock-pass', 'passphrase', p.passphrase, 'new-password', 'lock-pass-hint')}
            <p class="hint" id="lock-pass-hint">${p.passphraseHint}</p>
            ${passphraseField('lock-again', 'again', p.passphraseAgain, 'new-password')}
            <label class="check"><input type="checkbox" name="understood" id="lock-understood" /> ${s.lockUnderstood}</label>
            <div class="actions">
              <button type="submit" part="button" class="primary" id="lock-do" aria-disabled=${v.busy ? 'true' : nothing}>${s.lockDo}</button>
              ${button(s.keep, on.cancel, { cls: 'quiet', id: 'lock-cancel' })}
            </div>
          </form>`}
    ${msg}
  </section>`;
}

/** All a locked journal shows, below its title: the unlock field, and what to do when the passphrase is forgotten. */
export function renderLocked(v: LockView, s: JournalUi, p: PassphraseUi, h: number, status: Announcer, on: LockHandlers): TemplateResult {
  return html`<section class="locked" part="locked" aria-labelledby="locked-heading">
    ${heading(h, s.lockedHeading, 'locked-heading')}
    <p>${s.lockedIntro}</p>
    <form id="unlock-form" class="unlock-form" @submit=${on.unlock} novalidate>
      ${passphraseField('unlock-pass', 'passphrase', p.passphrase, 'current-password')}
      <div class="actions">
        <button type="submit" part="button" class="primary" id="unlock" aria-disabled=${v.busy ? 'true' : nothing}>${s.unlock}</button>
      </div>
    </form>
    <p id="lock-msg" class="msg" role="status" tabindex="-1">${status.text}</p>
    <details class="forgotten">
      <summary>${s.forgotten}</summary>
      <p>${s.forgottenText}</p>
      <div class="actions">${button(s.deleteLocked, on.ask, { cls: 'danger', id: 'delete-locked', expanded: v.confirming })}</div>
      ${v.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="delete-locked-text">
            <p id="delete-locked-text">${s.confirmDeleteLocked}</p>
            ${button(s.confirmDeleteAllYes, on.confirm, { cls: 'danger', id: 'delete-locked-yes' })}
            ${button(s.keep, on.keep, { cls: 'quiet', id: 'delete-locked-keep' })}
          </div>`
        : nothing}
    </details>
  </section>`;
}
