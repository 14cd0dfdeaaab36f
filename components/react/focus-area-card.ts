'use client';
/** One focus area, `<lg-focus-area-card>`. Importing this registers the tag. */
import { LgFocusAreaCard } from '../focus-area-card/define';
import { wrap } from './wrap';

export const FocusAreaCard = wrap('lg-focus-area-card', LgFocusAreaCard);
