'use client';
/** The dialogue, `<lg-dialogue>`: `onLgQuestionChange` as the talk moves on. Importing this registers the tag. */
import { LgDialogue } from '../dialogue/define';
import type { LgQuestionChangeEvent } from '../shared/events';
import { on, wrap } from './wrap';

export const Dialogue = wrap('lg-dialogue', LgDialogue, {
  onLgQuestionChange: on<LgDialogue, LgQuestionChangeEvent>('lg-question-change'),
});
