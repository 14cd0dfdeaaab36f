import type { ReactiveController } from 'lit';
import { canSeal, newPassphraseProblem } from '../../content/sealed';
import { Announcer } from '../shared/controllers/announcer';
import { focusAfterRender } from '../shared/focus';
import type { JournalPort } from './journal-port';
import type { LockHandlers, LockView } from './lock-section';

/** What the lock needs beyond the journal's port. */
export interface LockPort extends JournalPort {
  /** The lock is on: nothing of the draft may stay readable in the browser. */
  keepDraftInMemory(): void;
  /** The key is forgotten: what was open of the notes (an import's preview, the talk sheet) closes. */
  closeOpenNotes(): void;
  /** Deletes every note (and the lock). */
  clearAll(): Promise<void>;
}

/**
 * The journal's lock (journal-store.ts keeps every note encrypted with a passphrase whose key lives only in
 * memory): turning it on (passphrase twice, and the warning understood), unlocking, locking again, taking it off,
 * and, with the passphrase forgotten, deleting everything. Owns whether its form is open and its status line.
 */
export class JournalLock implements ReactiveController {
  /** The form that turns the lock on is open. */
  formOpen = false;
  readonly status: Announcer;

  constructor(private readonly port: LockPort) {
    port.host.addController(this);
    this.status = new Announcer(port.host);
  }

  hostConnected(): void {}

  /** None (`off`), on and not opened in this page (`locked`), on and opened (`open`). */
  get state(): 'off' | 'locked' | 'open' {
    return this.port.journal.store?.lock ?? 'off';
  }

  /** @internal Why the lock cannot be turned on here, if it cannot. */
  private get unavailable(): 'crypto' | 'storage' | undefined {
    if (!canSeal()) return 'crypto';
    const store = this.port.journal.store;
    return store && !store.persistent && store.lock === 'off' ? 'storage' : undefined;
  }

  /** @internal The form that turns the lock on was sent: checks the passphrase and the warning, then locks. */
  private async turnOn(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const { port } = this;
    if (port.busy.active) return;
    const s = port.strings();
    const data = new FormData(e.target as HTMLFormElement);
    const passphrase = String(data.get('passphrase') ?? '');
    const problem = newPassphraseProblem(passphrase, String(data.get('again') ?? ''));
    if (problem) {
      this.status.say(port.passphrase().problem[problem], true);
      return void focusAfterRender(port.host, problem === 'too-short' ? '#lock-pass' : '#lock-again');
    }
    if (data.get('understood') !== 'on') {
      this.status.say(s.notUnderstood, true);
      return void focusAfterRender(port.host, '#lock-understood');
    }
    this.status.say(s.locking);
    const store = await port.journal.open();
    const failed = await port.busy.run(() => store.setLock(passphrase));
    if (!failed) {
      this.formOpen = false;
      port.keepDraftInMemory();
    }
    await port.reload();
    this.status.say(failed ? s.lockProblem[failed] : s.lockedDone, !!failed);
    void focusAfterRender(port.host, failed ? '#lock-msg' : '#lock-now');
  }

  /** @internal The unlock form was sent. */
  private async unlock(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const { port } = this;
    if (port.busy.active) return;
    const s = port.strings();
    const passphrase = String(new FormData(e.target as HTMLFormElement).get('passphrase') ?? '');
    this.status.say(s.unlocking);
    const store = await port.journal.open();
    const ok = passphrase ? await port.busy.run(() => store.unlock(passphrase)) : false;
    if (!ok) {
      this.status.say(s.wrongPassphrase, true);
      return void focusAfterRender(port.host, '#unlock-pass');
    }
    port.deletion.close();
    await port.reload();
    this.status.say(s.unlocked);
    void focusAfterRender(port.host, '#write-heading');
  }

  /** @internal Forgets the key: the journal shows the unlock field again. */
  private async lockNow(): Promise<void> {
    const { port } = this;
    (await port.journal.open()).forget();
    port.closeOpenNotes();
    port.deletion.close();
    await port.reload();
    this.status.clear();
    void focusAfterRender(port.host, '#unlock-pass');
  }

  /** @internal Takes the lock off (its button asks first). */
  private async remove(): Promise<void> {
    const { port } = this;
    const store = await port.journal.open();
    const failed = await port.busy.run(() => store.removeLock());
    port.deletion.close();
    await port.reload();
    this.status.say(failed ? port.strings().lockProblem[failed] : port.strings().lockRemoved, !!failed);
    void focusAfterRender(port.host, failed ? '#lock-msg' : '#lock-start');
  }

  /** @internal Locked, with the passphrase forgotten: deletes every note and the lock (its button asks first). */
  private async deleteLocked(): Promise<void> {
    await this.port.clearAll();
    this.status.clear();
  }

  /** What the lock's section (or, locked, the journal) shows. */
  view(): LockView {
    return { state: this.state, setting: this.formOpen, unavailable: this.unavailable, confirming: this.port.deletion.is({ kind: 'lock' }), busy: this.port.busy.active };
  }

  /** The lock's buttons and forms (`track` counts the work as pending storage). */
  handlers(track: (work: Promise<unknown>) => void): LockHandlers {
    const { port } = this;
    const toggle = (open: boolean, focus: string) => {
      this.formOpen = open;
      this.status.clear();
      void focusAfterRender(port.host, focus);
    };
    return {
      open: () => toggle(true, '#lock-pass'),
      cancel: () => toggle(false, '#lock-start'),
      lock: (e) => track(this.turnOn(e)),
      unlock: (e) => track(this.unlock(e)),
      lockNow: () => track(this.lockNow()),
      ask: () => port.deletion.ask({ kind: 'lock' }, this.state === 'locked' ? '#delete-locked-keep' : '#remove-lock-keep'),
      confirm: () => track(this.state === 'locked' ? this.deleteLocked() : this.remove()),
      keep: () => port.deletion.cancel(),
    };
  }
}
