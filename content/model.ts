/**
 * The shape of a leadership framework as data: the ids and the types, which are inferred from the one valibot
 * schema in ./schema.ts (type-only here, so nothing of valibot reaches a bundle that only reads the shipped text).
 *
 * Nothing in content/ knows about the DOM.
 */
export * from './ids';
export type {
  Framework,
  FocusArea,
  FrameworkLabels,
  Glossary,
  GlossaryEntry,
  ReflectionLevel,
  ReflectionPart,
  ReflectionQuestion,
  Section,
} from './schema';
