/**
 * The JSON Schema for editors (content/framework.schema.json), generated from the valibot schema: `npm run schema`
 * writes it, a unit test compares. The checks JSON Schema cannot say (ids unique across lists, every unknown field
 * named) stay in parseFramework; the schema's description says so.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FrameworkSchema, SectionSchema } from './schema';

export function frameworkJsonSchema(): string {
  const schema = toJsonSchema(FrameworkSchema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    definitions: { section: SectionSchema },
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      // the custom "plain object" step ahead of each object schema says nothing JSON Schema needs
      valibotSchema.type === 'custom' ? {} : jsonSchema,
  });
  const { $schema, title, description, ...rest } = schema;
  const document = { $schema, title, description, ...rest, additionalProperties: false };
  return `${JSON.stringify(document, null, 2)}\n`;
}
