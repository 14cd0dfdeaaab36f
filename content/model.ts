/**
 * The shape of a leadership framework as data.
 *
 * One JSON file per language (`content/<organisation>/<lang>.json`) holds one `Framework`.
 * Every language of one organisation has exactly the same shape and the same ids; only the
 * strings differ. Strings are whole sentences/paragraphs, never concatenated by code, so the text
 * can be searched and diffed against the source.
 *
 * Nothing in content/ knows about the DOM.
 */

/** The stable ids of Gentofte's four focus areas (used in attributes, values, storage, URLs). */
export const FOCUS_AREA_IDS = ['faglighed', 'innovation', 'mening', 'drift'] as const;
export type FocusAreaId = (typeof FOCUS_AREA_IDS)[number];

/** The stable ids of the reflection levels. */
export const REFLECTION_LEVEL_IDS = [
  'enkelte-leder',
  'ledergruppe',
  'arbejdsfaellesskaber',
  'overordnet-leder',
] as const;
export type ReflectionLevelId = (typeof REFLECTION_LEVEL_IDS)[number];

/** Languages the product ships. Danish is the original; others are translations. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A titled run of paragraphs, e.g. "Hvorfor et fælles ledelsesgrundlag?". */
export interface Section {
  /** Stable id, usable as a URL fragment. Lower-case ASCII, digits and hyphens. */
  id: string;
  heading: string;
  paragraphs: string[];
  /** A sentence the printed framework sets large beside the text (a pull quote). */
  quote?: string;
  subsections?: Section[];
}

export interface FocusArea {
  id: FocusAreaId;
  /** "Vi vil lede fagligt kompetente fællesskaber" – without a trailing colon. */
  title: string;
  /** The three "vi …" statements from the area's own page ("Hvad gør vi?"). */
  statements: string[];
  /** The three points from the overview page, completing "Det vil vi ved at: …" (infinitive). */
  points: string[];
  /** The "Som leder har du en særlig rolle …" paragraphs, in full. */
  leaderRole: string[];
}

export interface ReflectionPart {
  /** Stable id within its level. */
  id: string;
  /** e.g. "Ledelse af en specifik opgave:"; absent where the level has a single part. */
  title?: string;
  questions: ReflectionQuestion[];
}

export interface ReflectionQuestion {
  /** Stable id, unique within the whole framework (e.g. "enkelte-leder.styrker"). */
  id: string;
  text: string;
}

export interface ReflectionLevel {
  id: string;
  /** "Den enkelte leder", "Ledergruppe/tværgående ledelse", … */
  title: string;
  parts: ReflectionPart[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  explanation: string;
}

/** Explanations added by this product. Not part of the framework's own text. */
export interface Glossary {
  heading: string;
  /** Says plainly that the glossary is the product's addition. */
  note: string;
  entries: GlossaryEntry[];
}

/** Phrases the printed framework uses as labels around its text. */
export interface FrameworkLabels {
  /** "Vi vil lede:" – the lead-in to the four focus-area titles. */
  focusAreasLead: string;
  /** "Hvad gør vi?" – the side heading of an area's "vi …" statements. */
  statementsHeading: string;
  /** "Det vil vi ved at:" – the lead-in to an area's points. */
  pointsLead: string;
}

export interface Framework {
  /** Organisation id, e.g. "gentofte". */
  id: string;
  lang: string;
  /** "Fælles ledelsesgrundlag" */
  title: string;
  /** "Gentofte Kommune" */
  organisation: string;
  /**
   * Present on a translation: says which language is the original and that this is a translation.
   * Absent on the original.
   */
  translationNote?: string;
  labels: FrameworkLabels;
  /** The introductory sections before the focus areas, in reading order. */
  sections: Section[];
  /** The caption of the framework's symbol (Gentofte: the heart). */
  symbol?: { caption: string };
  focusAreas: FocusArea[];
  /** The reflection questions, one entry per level, in the framework's order. */
  reflection: ReflectionLevel[];
  /** The closing text: how the framework was made and where to read more. */
  closing: string[];
  glossary: Glossary;
}
