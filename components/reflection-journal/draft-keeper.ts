import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cleanContent, isEmptyContent, isIsoDate, type JournalContent } from '../../content/journal';
import { isBlank, sameDraft, type EntryDraft } from '../../content/journal-draft';

/**
 * Where drafts are kept: in localStorage; in memory when localStorage cannot be used; in memory because the journal
 * is locked, so that nothing of it is kept readable in the browser (`locked`).
 */
export type DraftMode = 'local' | 'memory' | 'locked';

/** A draft as it is kept. */
export interface KeptDraft {
  /** The entry being edited (or already saved in memory only); absent for a new entry. */
  id?: string;
  /** That entry's date. */
  date?: string;
  /** The version of the entry the text began from (its `updatedAt`). */
  basedOn?: string;
  content: JournalContent;
}

interface StoredDraft extends KeptDraft {
  v: 1;
  /** When the draft was last written (ISO). */
  at: string;
}

/** A kept draft's text read back, unless there is none (or it is empty, or damaged). */
function parseDraft(raw: string | null | undefined): KeptDraft | undefined {
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as Partial<StoredDraft>;
    const content = cleanContent(d?.content);
    const id = typeof d?.id === 'string' && d.id ? d.id : undefined;
    if (isEmptyContent(content) && !id) return undefined;
    const basedOn = typeof d?.basedOn === 'string' && id ? d.basedOn : undefined;
    return { content, id, date: isIsoDate(d?.date) ? d.date : undefined, ...(basedOn ? { basedOn } : {}) };
  } catch {
    return undefined; // a damaged draft is no draft
  }
}

/** Drafts kept here when localStorage cannot be used (shared by every element of the page). */
const memoryDrafts = new Map<string, string>();

/**
 * What the person is typing, kept under a key as they type (localStorage), so that a reload does not lose it.
 * Where localStorage cannot be used (refused, full), the draft is kept in memory instead: it then survives the
 * element, not a reload, and `mode` says so for the element to tell the person.
 *
 * Two tabs on one draft: when another tab of the site writes the draft (a `storage` event), `elsewhere` holds what
 * it wrote, and the host is asked to render; the element tells the person and lets them choose (nothing is
 * overwritten until they do: this tab's text stays on screen).
 */
export class DraftKeeper implements ReactiveController {
  mode: DraftMode = 'local';
  /** The draft another tab has written since, while this one was open; undefined when there is none. */
  elsewhere: KeptDraft | undefined;

  constructor(
    /** @internal */
    private readonly host: ReactiveControllerHost,
    /** @internal */
    private readonly key: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.onStorage);
  }

  /**
   * Another tab wrote the draft: nothing to decide when it is the same text as `current`, or when `current` is blank and
   * the other is a new note (its text is returned, to take); otherwise undefined, and the notice asks.
   */
  arrived(current: EntryDraft): EntryDraft | undefined {
    const other = this.elsewhere;
    // an empty form takes another tab's new note at once; another tab's edit of a saved note is asked about, never
    // taken silently (it may be older than the note is now: after this tab saved it, say)
    if (!other || !(sameDraft(other, current) || (isBlank(current) && !other.id))) return undefined;
    this.settle();
    return sameDraft(other, current) ? undefined : { ...other, restored: false };
  }

  /** After the notice: the draft to keep, the other tab's (`theirs`) or `current` (the other tab is told in turn). */
  choose(theirs: boolean, current: EntryDraft): EntryDraft {
    const other = this.elsewhere;
    this.settle();
    return theirs && other ? { ...other, restored: false } : current;
  }

  /** The other tab's draft is no longer of interest (taken, or put aside). */
  settle(): void {
    this.elsewhere = undefined;
    this.host.requestUpdate();
  }

  /** @internal Another tab wrote (or removed) the draft. */
  private readonly onStorage = (e: StorageEvent): void => {
    if (e.key !== this.key() || this.mode === 'locked') return;
    this.elsewhere = parseDraft(e.newValue);
    this.host.requestUpdate();
  };

  /**
   * From now on the draft is kept in memory only, and what localStorage held of it is moved there (the journal is
   * locked: nothing of it may stay readable in the browser).
   */
  keepInMemory(): void {
    if (this.mode === 'locked') return;
    const key = this.key();
    try {
      const raw = localStorage.getItem(key);
      if (raw && !memoryDrafts.has(key)) memoryDrafts.set(key, raw);
      localStorage.removeItem(key);
    } catch {
      /* nothing kept there */
    }
    this.mode = 'locked';
    this.host.requestUpdate();
  }

  /** The draft kept, unless there is none (or it is empty, or damaged). */
  read(): KeptDraft | undefined {
    let raw: string | null | undefined;
    if (this.mode === 'locked') return parseDraft(memoryDrafts.get(this.key()));
    try {
      raw = localStorage.getItem(this.key());
    } catch {
      this.mode = 'memory';
    }
    return parseDraft(raw ?? memoryDrafts.get(this.key()));
  }


  /** Keeps `draft`, written `at` (a draft with no content and no entry is removed instead). */
  write(draft: KeptDraft, at: Date): void {
    const key = this.key();
    const keep = !isEmptyContent(draft.content) || !!draft.id;
    const stored: StoredDraft = { v: 1, id: draft.id, date: draft.date, basedOn: draft.basedOn, content: draft.content, at: at.toISOString() };
    const text = JSON.stringify(stored);
    if (this.mode === 'local') {
      try {
        if (keep) localStorage.setItem(key, text);
        else localStorage.removeItem(key);
        memoryDrafts.delete(key);
        return;
      } catch {
        // no localStorage, or it is full: keep the draft in memory (the element says so)
        this.mode = 'memory';
        this.host.requestUpdate();
      }
    }
    if (keep) memoryDrafts.set(key, text);
    else memoryDrafts.delete(key);
  }
}
