/**
 * The parts of a framework by id (areas, reflection levels, questions), built once per framework object instead of
 * searched with `.find(…)` at each use. Pure, no DOM.
 */
import type { FocusArea, FocusAreaId, Framework, ReflectionLevel, ReflectionPart, ReflectionQuestion } from './model';

export interface FrameworkLookup {
  /** The focus area with this id (every framework has all four). */
  area(id: FocusAreaId): FocusArea;
  /** The reflection level with this id, if there is one. */
  level(id: string | null | undefined): ReflectionLevel | undefined;
  /** A reflection question by its id (e.g. `enkelte-leder.styrker`), with its level and part. */
  question(id: string): { question: ReflectionQuestion; part: ReflectionPart; level: ReflectionLevel } | undefined;
}

const lookups = new WeakMap<Framework, FrameworkLookup>();

export function lookup(fw: Framework): FrameworkLookup {
  let found = lookups.get(fw);
  if (found) return found;
  const areas = new Map(fw.focusAreas.map((a) => [a.id, a]));
  const levels = new Map(fw.reflection.map((r) => [r.id, r]));
  const questions = new Map(
    fw.reflection.flatMap((level) => level.parts.flatMap((part) => part.questions.map((question) => [question.id, { question, part, level }] as const))),
  );
  found = {
    area: (id) => areas.get(id)!,
    level: (id) => (id == null ? undefined : levels.get(id)),
    question: (id) => questions.get(id),
  };
  lookups.set(fw, found);
  return found;
}
