/** The English translation of the framework: importing this module makes `getFramework('en')` the English text. */
import en from './gentofte/en.json';
import { provideFramework } from './frameworks';
import type { Framework } from './model';

provideFramework('en', en as Framework);
