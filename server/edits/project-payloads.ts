// What a client sends to create or change a project: a GeoJSON Feature (a point, a line or an
// area in New Caledonia) whose properties are this one schema, shared by the server and the forms.
import { z } from 'zod';
import { projectKind, projectStatus } from '../../db/schema.ts';
import { isoDay } from '../projects/params.ts';
import { line, lineGeometry, MAX_VERTICES, pointGeometry, polygonCoordinates } from './feature-payloads.ts';

export const projectGeometry = z
  .discriminatedUnion('type', [
    pointGeometry,
    lineGeometry,
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  ])
  .refine(
    (g) => g.type !== 'Polygon' || g.coordinates.reduce((n, r) => n + r.length, 0) <= MAX_VERTICES,
    `at most ${MAX_VERTICES} vertices`,
  );

export const projectProperties = z.strictObject({
  title: line(200),
  communeInsee: z.string().regex(/^988\d\d$/, 'expected the INSEE code of a commune (988xx)'),
  kind: z.enum(projectKind.enumValues),
  organisation: line(120),
  status: z.enum(projectStatus.enumValues),
  plannedStart: isoDay,
  plannedEnd: isoDay,
  actualStart: isoDay.nullable(),
  actualEnd: isoDay.nullable(),
  slippageReason: z.string().trim().max(500).nullable(),
  publicNotes: z.string().max(2_000),
});
export type ProjectProperties = z.infer<typeof projectProperties>;

export const newProject = z.strictObject({
  type: z.literal('Feature'),
  geometry: projectGeometry,
  properties: projectProperties,
});

export const projectChange = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: projectGeometry.optional(),
    properties: projectProperties.partial().optional(),
  })
  .refine((change) => change.geometry !== undefined || change.properties !== undefined, {
    message: 'nothing to change: send geometry, properties or both',
  });
