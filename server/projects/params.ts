// Parameters of the projects endpoints, validated at the edge.
import { z } from 'zod';
import { projectKind, projectStatus } from '../../db/schema.ts';
import { communeParam } from '../layers/params.ts';
import { decimalParam, strictQuery } from '../validation.ts';

const DAY = 'expected a date YYYY-MM-DD';
/** Dates of works: anything outside is a typo, and PostgreSQL has no year 0. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

/** A calendar day 'YYYY-MM-DD' that exists: '2026-02-30' is refused, not rolled over. */
export const isoDay = z
  .string({ error: DAY })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DAY)
  .refine((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
  }, `no such day in the calendar; ${DAY}`)
  .refine((s) => s >= FIRST_DAY && s <= LAST_DAY, `expected a date between ${FIRST_DAY} and ${LAST_DAY}`);

const enumList = <T extends string>(values: readonly T[], name: string) =>
  z
    .string({ error: `expected ${name} among ${values.join(', ')}` })
    .transform((raw) => raw.split(',').map((v) => v.trim()))
    .pipe(
      z.array(z.enum(values as [T, ...T[]], { error: `expected ${name} among ${values.join(', ')}` }), {
        error: `expected one or more ${name} values`,
      }),
    );

export const projectsQuery = strictQuery({
  commune: communeParam.optional(),
  status: enumList(projectStatus.enumValues, 'status').optional(),
  kind: enumList(projectKind.enumValues, 'kind').optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, {
  message: 'must not be after to',
  path: ['from'],
});

export const projectIdParam = z.object({
  id: z
    .string({ error: 'expected a project number' })
    .regex(/^[1-9]\d{0,8}$/, 'expected a project number')
    .transform(Number),
});

export const coordinationQuery = strictQuery({
  distance: decimalParam(0, 5000, 'expected metres from 0 to 5000').optional(),
});
