/**
 * The draft: what the person is typing in the journal's form, kept in localStorage under the element's
 * `draft-key` as they type, so that a reload does not lose it. Where localStorage cannot be used (refused, full)
 * the draft is kept in memory instead: it then survives the element, not a reload, and the element says so.
 */
import { cleanContent, isEmptyContent, isIsoDate, type JournalContent } from '../../content/journal';

/** Where drafts are kept: in localStorage, or in memory when localStorage cannot be used. */
export type DraftMode = 'local' | 'memory';

export interface Draft {
  /** The entry being edited (or already saved in memory only); absent for a new entry. */
  id?: string;
  /** That entry's date. */
  date?: string;
  content: JournalContent;
}

/** A draft as it is kept. */
interface StoredDraft extends Draft {
  v: 1;
  /** When the draft was last written (ISO). */
  at: string;
}

/** Drafts kept here when localStorage cannot be used. */
const memoryDrafts = new Map<string, string>();

/** Where the draft under `key` is kept, and the draft, unless there is none (or it is empty, or damaged). */
export function readDraft(key: string): { mode: DraftMode; draft?: Draft } {
  let raw: string | null | undefined;
  let mode: DraftMode = 'local';
  try {
    raw = localStorage.getItem(key);
  } catch {
    mode = 'memory';
  }
  raw ??= memoryDrafts.get(key);
  if (!raw) return { mode };
  try {
    const d = JSON.parse(raw) as Partial<StoredDraft>;
    const content = cleanContent(d?.content);
    const id = typeof d?.id === 'string' && d.id ? d.id : undefined;
    if (isEmptyContent(content) && !id) return { mode };
    return { mode, draft: { content, id, date: isIsoDate(d?.date) ? d.date : undefined } };
  } catch {
    return { mode }; // a damaged draft is no draft
  }
}

/**
 * Keeps `draft` under `key`, written `at` (a draft with no content and no entry is removed instead).
 * Returns where it is kept now: 'memory' once localStorage has failed.
 */
export function writeDraft(key: string, mode: DraftMode, draft: Draft, at: Date): DraftMode {
  const keep = !isEmptyContent(draft.content) || !!draft.id;
  const stored: StoredDraft = { v: 1, id: draft.id, date: draft.date, content: draft.content, at: at.toISOString() };
  const text = JSON.stringify(stored);
  if (mode === 'memory') {
    if (keep) memoryDrafts.set(key, text);
    else memoryDrafts.delete(key);
    return mode;
  }
  try {
    if (keep) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
    memoryDrafts.delete(key);
    return mode;
  } catch {
    // no localStorage, or it is full: keep the draft in memory (the element says so)
    if (keep) memoryDrafts.set(key, text);
    return 'memory';
  }
}
