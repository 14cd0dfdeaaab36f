'use client';
/** The round, `<lg-round>` (registers `<lg-dialogue>` too, which it opens). Importing this registers the tag. */
import { LgRound } from '../round/define';
import { wrap } from './wrap';

export const Round = wrap('lg-round', LgRound);
