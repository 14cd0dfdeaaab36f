/**
 * "Our conversation": the framework's reflection questions for one level as a sequence of cards, one question
 * at a time, for a leader group, a TRIO or a work community in a meeting. Pure functions, no DOM.
 *
 * The area choice decides what each question is about:
 *  - none: the level's questions, each once, with the four focus areas as the framework text to look at;
 *  - one area: the level's questions, with that area's points beside each question as context;
 *  - `all`: the four areas in turn, each with all the level's questions (area by area).
 * A question about the four areas together ("Hvilke af de fire fokusområder …") is never asked about one area: with
 * `all` it comes once, first, before the areas' rounds.
 */
import { FOCUS_AREA_IDS, type FocusAreaId, type Framework, type ReflectionLevelId, REFLECTION_LEVEL_IDS } from './model';

export type AreaChoice = FocusAreaId | 'all' | null;

export interface DialogueCard {
  /** 0-based position in the sequence. */
  index: number;
  levelId: ReflectionLevelId;
  questionId: string;
  question: string;
  /** The title of the question's part where the level has several ("Ledelse af en specifik opgave:"). */
  partTitle?: string;
  /** The focus area the question is asked about, if any. */
  areaId?: FocusAreaId;
}

export const isLevelId = (x: unknown): x is ReflectionLevelId => (REFLECTION_LEVEL_IDS as readonly unknown[]).includes(x);
export const isAreaId = (x: unknown): x is FocusAreaId => (FOCUS_AREA_IDS as readonly unknown[]).includes(x);

/** Reads an area choice from an attribute or a select: an area id, `all`, or anything else → none. */
export function areaChoice(x: unknown): AreaChoice {
  return isAreaId(x) || x === 'all' ? x : null;
}

/** The questions about the four focus areas together, which no single area can be the subject of. */
export const ABOUT_ALL_AREAS: ReadonlySet<string> = new Set(['enkelte-leder.fokusomraader', 'arbejdsfaellesskaber.opgave']);

/** The cards for a level and an area choice; [] for an unknown level. */
export function dialogueSequence(fw: Framework, levelId: string | null | undefined, area: AreaChoice = null): DialogueCard[] {
  const level = fw.reflection.find((r) => r.id === levelId);
  if (!level || !isLevelId(level.id)) return [];
  const questions = level.parts.flatMap((p) =>
    p.questions.map((q) => ({ questionId: q.id, question: q.text, ...(p.title && level.parts.length > 1 ? { partTitle: p.title } : {}) })),
  );
  const id: ReflectionLevelId = level.id;
  const cards: DialogueCard[] = [];
  const add = (q: (typeof questions)[number], areaId?: FocusAreaId) =>
    cards.push({ index: cards.length, levelId: id, ...q, ...(areaId && !ABOUT_ALL_AREAS.has(q.questionId) ? { areaId } : {}) });
  if (area !== 'all') questions.forEach((q) => add(q, area ?? undefined));
  else {
    questions.filter((q) => ABOUT_ALL_AREAS.has(q.questionId)).forEach((q) => add(q));
    for (const areaId of FOCUS_AREA_IDS) questions.filter((q) => !ABOUT_ALL_AREAS.has(q.questionId)).forEach((q) => add(q, areaId));
  }
  return cards;
}

export type DialogueAction = 'next' | 'previous' | 'first' | 'last' | 'toggle-text';

/** The position after an action, kept within 0 … count − 1. */
export function move(index: number, count: number, action: DialogueAction): number {
  if (count <= 0) return 0;
  const i = Math.max(0, Math.min(count - 1, Math.trunc(index) || 0));
  switch (action) {
    case 'next':
      return Math.min(count - 1, i + 1);
    case 'previous':
      return Math.max(0, i - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return i;
  }
}

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Where the key was pressed: in a form control (which keeps all its keys), on a button, or elsewhere. */
export type KeyTarget = 'control' | 'button' | 'other';

/**
 * The action a key asks for, or null to leave the key alone.
 * → PageDown Space: next; ← PageUp Shift+Space: previous; Home/End: first/last; T: the framework text.
 * Keys with Ctrl, Alt or Meta are the browser's. In a form control every key is the control's. On a button,
 * Space and Enter press the button (so they are not also taken as "next").
 */
export function keyAction(e: KeyInput, target: KeyTarget): DialogueAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey || target === 'control') return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return target === 'button' ? null : e.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 't':
    case 'T':
      return 'toggle-text';
    default:
      return null;
  }
}

/** "2 of 5" as numbers, and how far along (0–1). */
export function progress(index: number, count: number): { current: number; count: number; fraction: number } {
  if (count <= 0) return { current: 0, count: 0, fraction: 0 };
  const current = Math.max(0, Math.min(count - 1, Math.trunc(index) || 0)) + 1;
  return { current, count, fraction: current / count };
}

/** A block of the framework's own text, shown beside a question on request. */
export interface TextBlock {
  /** A heading: the area's title, or "Vi vil lede:" for the four areas. */
  heading: string;
  /** A lead-in before the list ("Det vil vi ved at:" / "Hvad gør vi?"). */
  lead?: string;
  items?: string[];
  paragraphs?: string[];
  /** The area the block is about, for its colour. */
  areaId?: FocusAreaId;
}

/**
 * The framework text that belongs with a card: for an area, what we do ("Hvad gør vi?") and the leader's role;
 * without one, the four focus areas with their points — the framework's answer to "what do we mean?".
 */
export function frameworkText(fw: Framework, card: DialogueCard | undefined): TextBlock[] {
  if (!card) return [];
  const area = card.areaId && fw.focusAreas.find((a) => a.id === card.areaId);
  if (area)
    return [
      { heading: area.title, lead: fw.labels.statementsHeading, items: area.statements, paragraphs: area.leaderRole, areaId: card.areaId },
    ];
  return fw.focusAreas.map((a) => ({
    heading: a.title,
    lead: fw.labels.pointsLead,
    items: a.points,
    areaId: isAreaId(a.id) ? a.id : undefined,
  }));
}

/** The context shown under a question about an area: "Det vil vi ved at:" and the area's three points. */
export function areaContext(fw: Framework, card: DialogueCard | undefined): TextBlock | undefined {
  const area = card?.areaId && fw.focusAreas.find((a) => a.id === card.areaId);
  return area ? { heading: area.title, lead: fw.labels.pointsLead, items: area.points, areaId: card!.areaId } : undefined;
}

/** Minutes per question from a form field: a whole or decimal number from 0 to 60; 0, empty or bad → no timer. */
export function parseMinutes(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim().replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? Math.min(60, n) : 0;
}

/** Milliseconds as "m:ss", rounded up to the next second (so 0:00 means the time is up). */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Splits a list into sheets of `size` (for printing cards, e.g. six to an A4 page). */
export function sheets<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.trunc(size) || 1);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
