'use client';
/** The framework's reflection questions, `<lg-reflection>`. Importing this registers the tag. */
import { LgReflection } from '../reflection/define';
import { wrap } from './wrap';

export const Reflection = wrap('lg-reflection', LgReflection);
