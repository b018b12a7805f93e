// What an imported feature must give for each property of a layer or of a project, read from its
// one schema (server/edits/layer-payloads.ts, project-payloads.ts): its kind, its values where it is an enum, whether a new feature
// needs it, and the column it is stored in.
import { z } from 'zod';
import { importTarget, type FeatureTarget } from './import-targets.ts';

export type PropertyKind = 'text' | 'number' | 'integer' | 'date' | 'enum' | 'enum-list';

export interface TargetProperty {
  name: string;
  column: string;
  kind: PropertyKind;
  /** An enum's values (of an enum-list, its items' values). */
  values?: readonly string[];
  /** Null is a value (a date not known yet). */
  nullable: boolean;
}

function kindOf(schema: z.ZodType): Pick<TargetProperty, 'kind' | 'values'> {
  if (schema instanceof z.ZodEnum) return { kind: 'enum', values: schema.options as string[] };
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    if (element instanceof z.ZodEnum) return { kind: 'enum-list', values: element.options as string[] };
  }
  if (schema instanceof z.ZodNumber) return { kind: schema.isInt ? 'integer' : 'number' };
  if ((schema as { format?: string | null }).format === 'date') return { kind: 'date' };
  // A day written as a pattern of its own (a project's dates): it takes a day and nothing else.
  if (
    schema instanceof z.ZodString &&
    schema.safeParse('2024-02-29').success &&
    !schema.safeParse('day').success
  ) {
    return { kind: 'date' };
  }
  return { kind: 'text' };
}

export function targetProperties(target: FeatureTarget): TargetProperty[] {
  const spec = importTarget(target);
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    const nullable = schema instanceof z.ZodNullable;
    const inner = nullable ? (schema.unwrap() as z.ZodType) : schema;
    return { name, column: spec.column(name), nullable, ...kindOf(inner) };
  });
}
