import type { Language } from '../../content/model';

/**
 * The elements' own words (not the framework's text, which comes from content/), Danish first.
 * Every language has the same keys.
 */
export const UI = {
  da: {
    contents: 'Indhold',
    areas: 'De fire fokusområder',
    reflection: 'Refleksionsspørgsmål',
    about: 'Om ledelsesgrundlaget',
    valid: 'Gyldige værdier',
    unknownArea: 'Ukendt fokusområde',
    missingArea: 'Intet fokusområde angivet (attributten area)',
    unknownLevel: 'Ukendt refleksionsniveau',
    badHeading: 'Ugyldigt overskriftsniveau (heading-level)',
  },
  en: {
    contents: 'Contents',
    areas: 'The four focus areas',
    reflection: 'Reflection questions',
    about: 'About the leadership framework',
    valid: 'Valid values',
    unknownArea: 'Unknown focus area',
    missingArea: 'No focus area given (the area attribute)',
    unknownLevel: 'Unknown reflection level',
    badHeading: 'Invalid heading level (heading-level)',
  },
} satisfies Record<Language, Record<string, string>>;

export type UiStrings = (typeof UI)['da'];
