'use client';
/** The four focus areas, `<lg-focus-areas>`. Importing this registers the tag. */
import { LgFocusAreas } from '../focus-areas/define';
import { wrap } from './wrap';

export const FocusAreas = wrap('lg-focus-areas', LgFocusAreas);
