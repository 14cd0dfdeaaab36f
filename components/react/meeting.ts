'use client';
/** The team's meeting, `<lg-meeting>` (registers `<lg-round>` and `<lg-dialogue>` too, which it runs). Importing this registers the tag. */
import { LgMeeting } from '../meeting/define';
import { wrap } from './wrap';

export const Meeting = wrap('lg-meeting', LgMeeting);
