import { defineStrings } from './localize';

/**
 * The words of the two four-step scales, in one place: a task's weight of an area (the task picker, a round on a
 * task) and where a leader or a group stands in an area (the journal, a round on our leadership).
 */
export const SCALE_WORDS = defineStrings({
  da: {
    weights: ['Næsten ikke', 'Noget', 'Tydeligt', 'I særlig grad'] as readonly string[],
    levels: ['Begyndende', 'På vej', 'Godt i gang', 'En styrke'] as readonly [string, string, string, string],
  },
  en: {
    weights: ['Hardly', 'Somewhat', 'Clearly', 'Particularly'],
    levels: ['Just starting', 'On the way', 'Well under way', 'A strength'],
  },
});
