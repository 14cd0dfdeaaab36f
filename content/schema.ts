/**
 * The shape of a leadership framework as data, as one valibot schema: the TypeScript types are inferred from it
 * (content/model.ts), `parseFramework` (content/validate.ts) checks data from outside the bundle with it, and the
 * JSON Schema for editors (content/framework.schema.json) is generated from it by `npm run schema`; a test fails when
 * the committed JSON Schema is not the generated one.
 *
 * One JSON file per language (`content/<organisation>/<lang>.json`) holds one framework. Every language of one
 * organisation has exactly the same shape and the same ids; only the strings differ. Strings are whole
 * sentences/paragraphs, never concatenated by code, so the text can be searched and diffed against the source.
 *
 * The messages are the person's (an editor's) to read, in English, with the JSON path added by parseFramework.
 */
import * as v from 'valibot';
import { FOCUS_AREA_IDS } from './ids';

/** The kind of a JSON value, for messages. */
export const kindOf = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);

const ID = /^[a-z0-9][a-z0-9.-]*$/;

/** A plain object (not an array), its missing fields reported one by one. */
const isPlainObject = (x: unknown): x is Record<string, unknown> => kindOf(x) === 'object';
const plain = v.custom<Record<string, unknown>>(isPlainObject, (issue) => `expected an object, got ${kindOf(issue.input)}`);
const object = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(plain, v.object(entries, 'missing required field'));

const array = <T extends v.GenericSchema>(item: T) => v.array(item, (issue) => `expected an array, got ${kindOf(issue.input)}`);
const list = <T extends v.GenericSchema>(item: T) => array(item);
const nonEmptyList = <T extends v.GenericSchema>(item: T) => v.pipe(array(item), v.minLength(1, 'expected at least 1 item'));

const text = v.pipe(
  v.string((issue) => `expected a non-empty string, got ${kindOf(issue.input)}`),
  v.regex(/\S/, 'expected a non-empty string'),
);
const texts = list(text);
const id = v.pipe(
  v.string((issue) => `expected an id string, got ${kindOf(issue.input)}`),
  v.regex(ID, (issue) => `invalid id ${JSON.stringify(issue.input)} (use a-z, 0-9, "." and "-"; start with a-z or 0-9)`),
);
const described = <T extends v.GenericSchema>(schema: T, description: string) => v.pipe(schema, v.description(description));

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

export const SectionSchema: v.GenericSchema<Record<string, unknown>, Section> = v.pipe(
  object({
    id: described(id, 'Stable id, usable as a URL fragment. Lower-case ASCII, digits and hyphens.'),
    heading: text,
    paragraphs: texts,
    quote: v.optional(described(text, 'A sentence the printed framework sets large beside the text (a pull quote).')),
    subsections: v.optional(list(v.lazy(() => SectionSchema))),
  }),
  v.description('A titled run of paragraphs, e.g. "Hvorfor et fælles ledelsesgrundlag?".'),
);

export const FocusAreaSchema = object({
  id: v.picklist(FOCUS_AREA_IDS, (issue) => `unknown focus area id ${JSON.stringify(issue.input)} (one of ${FOCUS_AREA_IDS.join(', ')})`),
  title: described(text, '"Vi vil lede fagligt kompetente fællesskaber" – without a trailing colon.'),
  statements: described(texts, 'The three "vi …" statements from the area\'s own page ("Hvad gør vi?").'),
  points: described(texts, 'The three points from the overview page, completing "Det vil vi ved at: …" (infinitive).'),
  leaderRole: described(texts, 'The "Som leder har du en særlig rolle …" paragraphs, in full.'),
});

export const ReflectionQuestionSchema = object({
  id: described(id, 'Stable id, unique within the whole framework (e.g. "enkelte-leder.styrker").'),
  text,
});

export const ReflectionPartSchema = object({
  id: described(id, 'Stable id within its level.'),
  title: v.optional(described(text, 'e.g. "Ledelse af en specifik opgave:"; absent where the level has a single part.')),
  questions: nonEmptyList(ReflectionQuestionSchema),
});

export const ReflectionLevelSchema = object({
  id,
  title: described(text, '"Den enkelte leder", "Ledergruppe/tværgående ledelse", …'),
  parts: nonEmptyList(ReflectionPartSchema),
});

export const GlossaryEntrySchema = object({ id, term: text, explanation: text });

const frameworkEntries = {
      $schema: v.optional(text),
      id: described(id, 'Organisation id, e.g. "gentofte".'),
      lang: described(text, 'Language of this file, e.g. "da" or "en".'),
      title: described(text, '"Fælles ledelsesgrundlag"'),
      organisation: described(text, '"Gentofte Kommune"'),
      translationNote: v.optional(
        described(text, 'Present on a translation only: says that it is a translation and which language is the original.'),
      ),
      labels: described(
        object({
          focusAreasLead: described(text, '"Vi vil lede:" – the lead-in to the four focus-area titles.'),
          statementsHeading: described(text, '"Hvad gør vi?" – the side heading of an area\'s "vi …" statements.'),
          pointsLead: described(text, '"Det vil vi ved at:" – the lead-in to an area\'s points.'),
        }),
        'Phrases the printed framework uses as labels around its text.',
      ),
      sections: described(list(SectionSchema), 'The introductory sections before the focus areas, in reading order.'),
      symbol: v.optional(described(object({ caption: text }), "The caption of the framework's symbol (Gentofte: the heart).")),
      focusAreas: nonEmptyList(FocusAreaSchema),
      reflection: described(list(ReflectionLevelSchema), "The reflection questions, one entry per level, in the framework's order."),
      closing: described(texts, 'The closing text: how the framework was made and where to read more.'),
      glossary: described(
        object({
          heading: text,
          note: described(text, "Says plainly that the glossary is the product's addition."),
          entries: list(GlossaryEntrySchema),
        }),
        'Explanations added by this product. Not part of the framework\'s own text.',
      ),
    };

export const FrameworkSchema = v.pipe(
  plain,
  v.looseObject(
    frameworkEntries,
    'missing required field',
  ),
  // every unknown top-level field (valibot's strictObject names only the first)
  v.rawCheck(({ dataset, addIssue }) => {
    const input = dataset.value as Record<string, unknown>;
    for (const key of Object.keys(input))
      if (!Object.prototype.hasOwnProperty.call(frameworkEntries, key))
        addIssue({ message: 'unknown field', path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
  }),
  v.title('Leadership framework'),
  v.description(
    "One language of one organisation's leadership framework (content/<organisation>/<lang>.json), generated from content/schema.ts. parseFramework checks beyond this schema that ids are unique: focus areas, levels, parts within a level, question ids across the whole framework, glossary entries, and section ids including subsections.",
  ),
);

export type Framework = v.InferOutput<v.ObjectSchema<typeof frameworkEntries, undefined>>;
export type FocusArea = v.InferOutput<typeof FocusAreaSchema>;
export type ReflectionLevel = v.InferOutput<typeof ReflectionLevelSchema>;
export type ReflectionPart = v.InferOutput<typeof ReflectionPartSchema>;
export type ReflectionQuestion = v.InferOutput<typeof ReflectionQuestionSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Glossary = Framework['glossary'];
export type FrameworkLabels = Framework['labels'];
