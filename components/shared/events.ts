/**
 * The events the elements fire, as classes, each declared in `GlobalEventHandlersEventMap` so that
 * `el.addEventListener('lg-journal-change', (e) => e.detail.action)` is typed. All bubble and are composed (they
 * leave the element's shadow root, as its documented API). The task picker fires the native `input` and `change`
 * instead, being a form control.
 */
import type { FocusAreaId } from '../../content/model';
import type { SearchKind } from '../../content/search';

const options = { bubbles: true, composed: true } as const;

/** What `lg-open` says about the chosen search result. */
export interface LgOpenDetail {
  /** The id of the part to open: a URL fragment `<lg-framework>` understands (e.g. `mening`, `refleksion`). */
  target: string;
  /** The focus area of the result, if it belongs to one. */
  areaId?: FocusAreaId;
  /** The reflection level of the result, if it belongs to one. */
  levelId?: string;
  kind: SearchKind;
  /** The whole text the result showed (part of it). */
  text: string;
  /** The text's id in the search index, e.g. `mening.points.2`. */
  id: string;
  /** The phrase the search matched in the text (for `<lg-framework>`'s `reveal`, which marks it). */
  match: string;
}

/** A search result was chosen (`<lg-search>`). Cancelable: `preventDefault()` keeps the element from following it. */
export class LgOpenEvent extends CustomEvent<LgOpenDetail> {
  constructor(detail: LgOpenDetail) {
    super('lg-open', { ...options, cancelable: true, detail });
  }
}

export type JournalAction = 'save' | 'delete' | 'import' | 'clear';

/** The stored reflections changed (`<lg-reflection-journal>`): `detail.action` says how. */
export class LgJournalChangeEvent extends CustomEvent<{ action: JournalAction }> {
  constructor(action: JournalAction) {
    super('lg-journal-change', { ...options, detail: { action } });
  }
}

export interface QuestionChange {
  /** The position of the question shown (0-based); −1 when the conversation ended. */
  index: number;
  count: number;
  /** The id of the question shown; null when the conversation ended. */
  questionId: string | null;
}

/** The question shown changed, or the conversation started or ended (`<lg-dialogue>`). */
export class LgQuestionChangeEvent extends CustomEvent<QuestionChange> {
  constructor(detail: QuestionChange) {
    super('lg-question-change', { ...options, detail });
  }
}

/** A round's picture, as `<lg-round>` revealed it: counts only (what a team keeps of it). */
export interface RoundRevealed {
  id: string;
  day: string;
  topic: 'task' | 'leadership';
  task: string;
  people: number;
  counts: Record<FocusAreaId, [number, number, number, number]>;
  withheld: FocusAreaId[];
  /** Where the group disagrees most, if anywhere. */
  disputed?: FocusAreaId;
}

export class LgRoundRevealEvent extends CustomEvent<RoundRevealed> {
  constructor(detail: RoundRevealed) {
    super('lg-round-reveal', { ...options, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lg-open': LgOpenEvent;
    'lg-journal-change': LgJournalChangeEvent;
    'lg-question-change': LgQuestionChangeEvent;
    'lg-round-reveal': LgRoundRevealEvent;
  }
}
