import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { changed, exported, reminderDue, toReminderState, type ReminderReason, type ReminderState } from '../../../content/export-reminder';

/** The reminder's words, in the element's strings. */
export interface ReminderWords {
  reminder: { changes: (n: number) => string; days: string };
  exportNow: string;
  notNow: string;
}

export interface ReminderView {
  text: string;
  words: ReminderWords;
}

/**
 * The quiet reminder to export (content/export-reminder.ts decides when): counts the saved changes since the last
 * export in localStorage under `key` (so the count survives reloads and is shared by the site's tabs), and says
 * whether the reminder is due. Where localStorage cannot be used, it counts in memory for this page.
 */
export class ExportReminder implements ReactiveController {
  /** @internal Where localStorage cannot be used. */
  private memory: ReminderState | undefined;

  constructor(
    /** @internal */
    private readonly host: ReactiveControllerHost,
    /** @internal */
    private readonly key: string,
    /** @internal */
    private readonly now: () => Date,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Why the reminder shows now; undefined when it does not. */
  get due(): ReminderReason | undefined {
    return reminderDue(this.read(), this.now());
  }

  /** Saved changes since the last export. */
  get changes(): number {
    return this.read().changes;
  }

  /** The reminder as the element shows it: its text (from `words`), or nothing when it is not due. */
  view(words: ReminderWords): ReminderView | undefined {
    const due = this.due;
    return due && { text: due === 'changes' ? words.reminder.changes(this.changes) : words.reminder.days, words };
  }

  /** A change was saved. */
  changed(): void {
    this.write(changed(this.read(), this.now()));
  }

  /** Everything was exported, or the person put the reminder off: counting starts again. */
  reset(): void {
    this.write(exported());
  }

  /** @internal */
  private read(): ReminderState {
    if (this.memory) return this.memory;
    try {
      return toReminderState(JSON.parse(localStorage.getItem(this.key) ?? 'null'));
    } catch {
      return toReminderState(null);
    }
  }

  /** @internal */
  private write(state: ReminderState): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(state));
      this.memory = undefined;
    } catch {
      this.memory = state;
    }
    this.host.requestUpdate();
  }
}
