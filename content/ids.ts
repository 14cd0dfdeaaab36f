/** The stable ids of the framework (used in attributes, values, storage, URLs) and the languages it ships in. */

/** The stable ids of Gentofte's four focus areas. */
export const FOCUS_AREA_IDS = ['faglighed', 'innovation', 'mening', 'drift'] as const;
export type FocusAreaId = (typeof FOCUS_AREA_IDS)[number];

/** The stable ids of the reflection levels. */
export const REFLECTION_LEVEL_IDS = ['enkelte-leder', 'ledergruppe', 'arbejdsfaellesskaber', 'overordnet-leder'] as const;
export type ReflectionLevelId = (typeof REFLECTION_LEVEL_IDS)[number];

/** Languages the product ships. Danish is the original; others are translations. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
