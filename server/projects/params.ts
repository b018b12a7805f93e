// Parameters of the projects endpoints, validated at the edge.
import { z } from 'zod';
import { projectKind, projectStatus } from '../../db/schema.ts';
import { communeParam } from '../layers/params.ts';

/** A calendar day 'YYYY-MM-DD' that exists: '2026-02-30' is refused, not rolled over. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
  }, 'no such day in the calendar');

const enumList = <T extends string>(values: readonly T[], name: string) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((v) => v.trim()))
    .pipe(
      z.array(z.enum(values as [T, ...T[]], { error: `expected ${name} among ${values.join(', ')}` }), {
        error: `expected one or more ${name} values`,
      }),
    );

export const projectsQuery = z
  .object({
    commune: communeParam.optional(),
    status: enumList(projectStatus.enumValues, 'status').optional(),
    kind: enumList(projectKind.enumValues, 'kind').optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export const projectIdParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'expected a project number')
    .transform(Number),
});

export const coordinationQuery = z
  .object({
    distance: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'expected metres from 0 to 5000')
      .transform(Number)
      .pipe(z.number().max(5000, 'expected metres from 0 to 5000'))
      .optional(),
  })
  .strict();
