/**
 * Importing a file into the journal, as a state machine with named states. Nothing is written before the person has
 * seen the preview and confirmed it:
 *
 *   idle ──file──▶ asking (an encrypted file: its passphrase) ──opened──▶ previewing ──confirm──▶ writing ──▶ done
 *                     │  └─ wrong passphrase: asking again              │  (a file with problems: previewing,
 *                     └─ cancel / unreadable ──▶ idle                   │   with nothing to confirm)
 *   any state ──cancel──▶ idle                                           └─ cancel ──▶ idle
 *
 * Plain data and functions: each step returns the next state (or the same state, when the step does not apply).
 * Pure, no DOM, no storage; the journal element runs the steps and says what happened.
 */
import type { SavedTask } from './task-file';
import type { Team } from './team';
import type { ImportPlan, JournalEntry } from './journal';
import { previewImport, type ImportPreview } from './journal-draft';
import { isSealedFile } from './sealed';

export type ImportState =
  /** Nothing chosen (or the last import finished or was cancelled). */
  | { name: 'idle' }
  /** An encrypted file was chosen: its text waits for the passphrase. */
  | { name: 'asking'; text: string }
  /** What importing would do, or what is wrong with the file. */
  | { name: 'previewing'; preview: ImportPreview }
  /** The preview was confirmed: its entries (and a backup's tasks and teams) are being written. */
  | { name: 'writing'; plan: ImportPlan; tasks: SavedTask[]; teams: Team[] }
  /** Written (`kept`: the browser kept it; otherwise nothing was written). */
  | { name: 'done'; plan: ImportPlan; tasks: SavedTask[]; teams: Team[]; kept: boolean };

export const idle = (): ImportState => ({ name: 'idle' });

/** A file's text was read: an encrypted file asks for its passphrase; any other is previewed against `existing`. */
export function fileRead(text: string, existing: readonly JournalEntry[]): ImportState {
  return isSealedFile(text) ? { name: 'asking', text } : { name: 'previewing', preview: previewImport(existing, text) };
}

/** The encrypted file was opened with its passphrase: its text is previewed. */
export function opened(state: ImportState, text: string, existing: readonly JournalEntry[]): ImportState {
  return state.name === 'asking' ? { name: 'previewing', preview: previewImport(existing, text) } : state;
}

/** The encrypted file could not be opened: a wrong passphrase asks again; anything else ends the import. */
export function notOpened(state: ImportState, wrongPassphrase: boolean): ImportState {
  return state.name === 'asking' && wrongPassphrase ? state : idle();
}

/** The preview was confirmed: writing starts, if there is anything to import. */
export function confirm(state: ImportState): ImportState {
  return state.name === 'previewing' && state.preview.plan ? { name: 'writing', plan: state.preview.plan, tasks: state.preview.tasks, teams: state.preview.teams } : state;
}

/** The writing finished (`kept`: all of it; otherwise none of it). */
export function written(state: ImportState, kept: boolean): ImportState {
  return state.name === 'writing' ? { name: 'done', plan: state.plan, tasks: state.tasks, teams: state.teams, kept } : state;
}

/** The preview shown, if any. */
export const previewOf = (state: ImportState): ImportPreview | undefined => (state.name === 'previewing' ? state.preview : undefined);
