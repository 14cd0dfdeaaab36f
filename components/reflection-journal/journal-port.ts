/**
 * What the journal's controllers (its data, its lock, its talk sheet) are given of the element: its store, its
 * busy state, its one confirmation, its words, and a way to read the history again. A narrow port, so that each
 * controller owns its own fields and the element only wires them.
 */
import type { LitElement } from 'lit';
import type { JournalEntry } from '../../content/journal';
import type { Confirmation } from '../shared/controllers/confirmation';
import type { RecordList } from '../shared/controllers/record-list';
import type { PassphraseUi } from '../shared/passphrase.strings';
import type { Busy } from './busy';
import type { JournalOverview, JournalStore } from './journal-store';
import type { JournalUi } from './reflection-journal.strings';

/** What awaits confirmation: one note's deletion, deleting all, or taking the lock off (deleting all, locked). */
export type Pending = { kind: 'entry'; id: string } | { kind: 'all' } | { kind: 'lock' };

export interface JournalPort {
  readonly host: LitElement;
  readonly journal: RecordList<JournalEntry, JournalStore, JournalOverview>;
  readonly busy: Busy;
  readonly deletion: Confirmation<Pending>;
  strings(): JournalUi;
  passphrase(): PassphraseUi;
  /** Reads the history as shown from the store again. */
  reload(): Promise<void>;
}
