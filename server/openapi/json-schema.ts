// A zod schema as an OpenAPI 3.0 Schema Object, with zod 4's own converter, from the side a client
// writes (io: input): a query parameter is text, even when the route reads it as a number. What
// the converter cannot see (the range a numeric text is piped into, the values of a listed enum)
// is said in the schema's description, as are the words for the parameters routes share.
import { z } from 'zod';
import { sharedParameterDescriptions } from './shared-parameters.ts';

export type SchemaObject = Record<string, unknown>;

type Def = { type: string; in?: z.core.$ZodType; out?: z.core.$ZodType };

/** What a text piped into a number or into a list of enum values stands for, or undefined. */
function pipedMeaning(schema: z.core.$ZodType): string | undefined {
  const def = schema._zod.def as unknown as Def;
  const out = def.type === 'pipe' ? def.out : undefined;
  if (out instanceof z.ZodNumber) {
    const kind = out.isInt ? 'a whole number' : 'a decimal number';
    const { minValue: min, maxValue: max } = out;
    const range =
      min !== null && max !== null && Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}`
        : '';
    return `${kind}${range}, in plain decimal digits`;
  }
  if (out instanceof z.ZodArray && out.element instanceof z.ZodEnum) {
    return `one or more of ${(out.element.options as string[]).join(', ')}, comma-separated`;
  }
  return undefined;
}

/** The OpenAPI 3.0 schema of what a client sends for `schema`. */
export function schemaObject(schema: z.ZodType): SchemaObject {
  const json = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'input',
    // Refinements and transforms have no JSON Schema: the route says what they refuse in its 400.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const meaning = sharedParameterDescriptions.get(zodSchema) ?? pipedMeaning(zodSchema);
      if (meaning && jsonSchema.description === undefined) jsonSchema.description = meaning;
      // The default of a parameter read as a number is a number; a client writes it as text.
      if (zodSchema instanceof z.ZodDefault && jsonSchema.default === undefined) {
        const value: unknown = zodSchema.def.defaultValue;
        if (typeof value === 'number') jsonSchema.default = String(value);
      }
    },
  }) as SchemaObject;
  delete json.$schema;
  return json;
}
