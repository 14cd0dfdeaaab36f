/**
 * The facilitator's rounds (`<lg-round>`), kept in the browser (IndexedDB store `rounds`, version 5 of the one
 * database): an open round's answer codes, so that a reload or a closed tab loses none, and a revealed round's
 * counts. The newest day first. Falls back to memory like every store here (./record-store); nothing throws. Two tabs
 * on one round agree: every write is the round kept and the one written made one (content/round.ts `mergeRounds`),
 * so answers only grow and a reveal is final.
 */
import { mergeRounds, toRoundRecord, type RoundRecord } from '../../content/round';
import type { DatabaseOptions } from './database';
import { openRecordStore, type RecordStore } from './record-store';

export type RoundStore = RecordStore<RoundRecord>;

const newestFirst = (a: RoundRecord, b: RoundRecord) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id < b.id ? -1 : 1);

/** Opens the store; falls back to memory (never rejects). */
export const openRoundStore = (options: DatabaseOptions = {}): Promise<RoundStore> =>
  openRecordStore({ ...options, store: 'rounds', validate: toRoundRecord, order: newestFirst, merge: mergeRounds });
