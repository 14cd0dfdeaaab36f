import type { FocusAreaId } from '../../content/model';
import { defineStrings } from './localize';

/**
 * The elements' own words (not the framework's text, which comes from content/), Danish first.
 * Every language has the same keys.
 */
export const UI = defineStrings({
  da: {
    /** The areas' short names, the one place they are defined (the element tables refer to them). */
    areaShort: { faglighed: 'Faglighed', innovation: 'Innovation', mening: 'Mening', drift: 'Drift' } as Record<FocusAreaId, string>,
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
    areaShort: { faglighed: 'Competence', innovation: 'Innovation', mening: 'Meaning', drift: 'Operations' },
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
});

export type UiStrings = (typeof UI)['da'];
