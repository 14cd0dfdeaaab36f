'use client';
/** The whole framework, `<lg-framework>`. Importing this registers the tag. */
import { LgFramework } from '../framework/define';
import { wrap } from './wrap';

export const Framework = wrap('lg-framework', LgFramework);
