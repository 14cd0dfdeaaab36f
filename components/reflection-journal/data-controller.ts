import type { ReactiveController } from 'lit';
import { localDate } from '../../content/format';
import type { ImportPlan, JournalEntry } from '../../content/journal';
import * as flow from '../../content/journal-import';
import { openFile, sealWithNewPassphrase } from '../../content/sealed';
import { planTaskImport } from '../../content/task-file';
import { listTasks } from '../shared/task-store';
import { keepTeams } from '../shared/team-store';
import { Announcer } from '../shared/controllers/announcer';
import type { ExportReminder } from '../shared/controllers/export-reminder';
import type { JournalAction } from '../shared/events';
import { downloadText } from '../shared/download';
import { focusAfterRender } from '../shared/focus';
import type { DataHandlers, DataView } from './data-section';
import type { JournalPort } from './journal-port';

/** What the data section needs beyond the journal's port: the files it writes, the clock, and whom to tell. */
export interface DataPort extends JournalPort {
  entries(): Promise<JournalEntry[]>;
  exportJson(): Promise<string>;
  exportMarkdown(): Promise<string>;
  exportBackup(): Promise<string>;
  now(): Date;
  readonly reminder: ExportReminder;
  changed(action: JournalAction): void;
}

/**
 * "Dine data" of the journal: export (JSON, Markdown, the backup; encrypted when asked) and import, which runs
 * content/journal-import.ts's state machine (asking for an encrypted file's passphrase, previewing, writing). Owns
 * the import's state, the encrypt choice and the section's status line.
 */
export class JournalData implements ReactiveController {
  /** Where the import stands. */
  state: flow.ImportState = flow.idle();
  /** The JSON exports are encrypted with the passphrase typed beside them. */
  encrypt = false;
  readonly status: Announcer;

  constructor(private readonly port: DataPort) {
    port.host.addController(this);
    this.status = new Announcer(port.host);
  }

  hostConnected(): void {}

  /** @internal */
  private set(next: flow.ImportState): void {
    this.state = next;
    this.port.host.requestUpdate();
  }

  /** Forgets any import under way (the journal was locked, or emptied). */
  reset(): void {
    this.set(flow.idle());
  }

  /**
   * Shows what importing `text` would do, or what is wrong with it; an encrypted file is opened with `passphrase`,
   * or asks for it. Writes nothing.
   */
  async preview(text: string, passphrase?: string): Promise<ImportPlan | undefined> {
    const { port } = this;
    this.status.clear();
    let next = flow.fileRead(text, await port.entries());
    if (next.name === 'asking') {
      this.set(next);
      if (passphrase === undefined) return void focusAfterRender(port.host, '#sealed-pass');
      const file = await port.busy.run(() => openFile(text, passphrase));
      if (!file.ok) {
        const wrong = file.issue.code === 'passphrase';
        this.set(flow.notOpened(next, wrong));
        this.status.say(port.passphrase().issues[file.issue.code], true);
        return void focusAfterRender(port.host, wrong ? '#sealed-pass' : '#data-msg');
      }
      next = flow.opened(next, file.text, await port.entries());
    }
    port.deletion.close();
    this.set(next);
    void focusAfterRender(port.host, '#import-result');
    return flow.previewOf(next)?.plan;
  }

  /** Imports what the preview showed: every new or newer entry (and a backup's tasks) in one transaction, or none. */
  async confirm(): Promise<void> {
    const writing = flow.confirm(this.state);
    if (writing.name !== 'writing') return;
    const { port } = this;
    this.set(writing);
    const store = await port.journal.open();
    const { plan } = writing;
    // a backup's tasks: the new and newer ones (never an older over a newer one saved since)
    const tasks = writing.tasks.length ? planTaskImport(await listTasks(), writing.tasks).toWrite : [];
    // a backup's tasks and notes go in together, in one transaction over both stores, or not at all; notes alone
    // go into the journal's store (in memory where the browser keeps nothing)
    const kept = tasks.length ? await store.restoreWithTasks(tasks, plan.toWrite) : (await store.restore(plan.toWrite), true);
    // a backup's teams: each merged into the copy kept (after the notes, which are what this import is about)
    if (kept) await keepTeams(writing.teams);
    this.set(flow.written(writing, kept));
    await port.reload();
    const s = port.strings();
    const done =
      s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length) +
      (tasks.length ? s.importedTasks(tasks.length) : '') +
      (kept && writing.teams.length ? s.importedTeams(writing.teams.length) : '');
    this.status.say(!kept ? s.importNotKept : store.persistent ? done : `${done} ${s.importMemory}`, !kept);
    if (kept) port.changed('import');
    void focusAfterRender(port.host, '#data-msg');
  }

  /** @internal Reads the chosen file (an unreadable one counts as empty) and previews importing it. */
  private async readFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => '');
    input.value = '';
    await this.preview(text);
  }

  /**
   * @internal A JSON export as it is downloaded: encrypted with the passphrase typed beside the buttons when that
   * is asked for; undefined (and the reason said) when the passphrase will not do.
   */
  private async finished(text: string): Promise<string | undefined> {
    if (!this.encrypt) return text;
    const { host, busy } = this.port;
    const field = (id: string) => host.renderRoot.querySelector<HTMLInputElement>(id)?.value ?? '';
    const sealed = await busy.run(() => sealWithNewPassphrase(text, field('#export-pass'), field('#export-again')));
    if (sealed.ok) return sealed.text;
    this.status.say(this.port.passphrase().problem[sealed.problem], true);
    if (sealed.problem !== 'crypto') void focusAfterRender(host, sealed.problem === 'too-short' ? '#export-pass' : '#export-again');
    return undefined;
  }

  /** @internal Downloads a JSON export, encrypted when asked, and says so. */
  private async downloadJson(name: string, text: string): Promise<void> {
    const file = await this.finished(text);
    if (file === undefined) return;
    downloadText(this.port.host.renderRoot, name, file, 'application/json;charset=utf-8');
    this.status.say(this.encrypt ? this.port.passphrase().exportedEncrypted(name) : this.port.strings().exported(name));
    this.port.reminder.reset();
  }

  /** Downloads the whole journal as `<file>-<today>.json` (encrypted when asked) or `.md`, and says so. */
  async exportFile(kind: 'json' | 'md'): Promise<void> {
    const { port } = this;
    const name = `${port.strings().file}-${localDate(port.now())}.${kind}`;
    if (kind === 'json') return this.downloadJson(name, await port.exportJson());
    downloadText(port.host.renderRoot, name, await port.exportMarkdown(), 'text/markdown;charset=utf-8');
    this.status.say(port.strings().exported(name));
  }

  /** What the data section shows of this controller. */
  view(): Pick<DataView, 'preview' | 'encrypt' | 'sealedFile' | 'busy'> {
    return { preview: flow.previewOf(this.state), encrypt: this.encrypt, sealedFile: this.state.name === 'asking', busy: this.port.busy.active };
  }

  /** The data section's buttons that this controller answers (`track` counts the work as pending storage). */
  handlers(track: (work: Promise<unknown>) => void): Omit<DataHandlers, 'askDeleteAll' | 'confirmDeleteAll' | 'keep'> {
    const { port } = this;
    return {
      exportJson: () => track(this.exportFile('json')),
      exportMarkdown: () => track(this.exportFile('md')),
      exportBackup: () => track(port.exportBackup().then((text) => this.downloadJson(`${port.strings().backupFile}-${localDate(port.now())}.json`, text))),
      chooseFile: () => port.host.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click(),
      fileChosen: (e) => track(this.readFile(e)),
      encryptChanged: (e) => {
        this.encrypt = (e.target as HTMLInputElement).checked;
        port.host.requestUpdate();
        if (this.encrypt) void focusAfterRender(port.host, '#export-pass');
      },
      openSealed: (e) => {
        e.preventDefault();
        const passphrase = String(new FormData(e.target as HTMLFormElement).get('passphrase') ?? '');
        if (this.state.name === 'asking' && !port.busy.active) track(this.preview(this.state.text, passphrase));
      },
      doImport: () => track(this.confirm()),
      cancelImport: () => {
        this.reset();
        this.status.clear();
      },
    };
  }
}
