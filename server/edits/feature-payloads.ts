// What a client sends to create or change a feature: a GeoJSON Feature whose properties are one
// zod schema per layer, the same schema the server validates with and the client's forms use.
import { z } from 'zod';
import { NC_EXTENT } from '../../db/geometry.ts';
import {
  coverageLevel,
  fibreCableKind,
  fibreCableStatus,
  fibreZoneStatus,
  mobileSiteStatus,
  mobileTechnology,
  poBoxStatus,
  schoolConnection,
  schoolLevel,
  wifiStatus,
} from '../../db/schema.ts';

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;

/** A position [lon, lat] inside New Caledonia's extent: every edited geometry is made of these. */
export const position = z
  .tuple([z.number().finite(), z.number().finite()])
  .refine(
    ([lon, lat]) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat,
    `coordinates outside New Caledonia (longitude ${minLon} to ${maxLon}, latitude ${minLat} to ${maxLat})`,
  );
export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });

/** Vertices an edited line or area may have: drawn by hand or imported, not a survey's raw points. */
export const MAX_VERTICES = 2_000;

export const lineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z
    .array(position)
    .min(2, 'a line needs at least 2 positions')
    .max(MAX_VERTICES, `at most ${MAX_VERTICES} vertices`),
});

const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions')
  .refine(
    (r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1],
    'a ring must end where it starts',
  );
export const polygonCoordinates = z.array(ring).min(1).max(50);
const vertexCount = (rings: [number, number][][]) => rings.reduce((n, r) => n + r.length, 0);

/** An area: a Polygon or a MultiPolygon (stored as a MultiPolygon), at most MAX_VERTICES in all. */
export const areaGeometry = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
    z.strictObject({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygonCoordinates).min(1).max(50),
    }),
  ])
  .refine(
    (g) =>
      (g.type === 'Polygon'
        ? vertexCount(g.coordinates)
        : g.coordinates.reduce((n, p) => n + vertexCount(p), 0)) <= MAX_VERTICES,
    `at most ${MAX_VERTICES} vertices`,
  );

const day = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
/** One line of text: trimmed, not empty, at most `max` characters, no control characters. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((value) => !/\p{Cc}/u.test(value), 'no control characters');

const count = (max: number) =>
  z.number().int('expected a whole number').min(0, 'must not be negative').max(max, `at most ${max}`);

/** The properties of a fibre (FTTH) zone. Its commune is the one holding most of its area. */
export const fibreZoneProperties = z.strictObject({
  name: line(120),
  status: z.enum(fibreZoneStatus.enumValues),
  plannedYear: z.number().int('expected a year').min(2010, 'from 2010').max(2040, 'until 2040'),
  deployedOn: day.nullable(),
  premisesPassed: count(100_000),
});

/** The properties of a fibre cable; its length is measured from its line, never typed. */
export const fibreCableProperties = z.strictObject({
  name: line(120),
  kind: z.enum(fibreCableKind.enumValues),
  status: z.enum(fibreCableStatus.enumValues),
});

/** An area of mobile coverage: one technology at one level. */
export const mobileCoverageProperties = z.strictObject({
  technology: z.enum(mobileTechnology.enumValues),
  level: z.enum(coverageLevel.enumValues),
});

export const mobileSiteProperties = z.strictObject({
  name: line(120),
  technologies: z
    .array(z.enum(mobileTechnology.enumValues))
    .min(1, 'at least one technology')
    .max(4)
    .refine((list) => new Set(list).size === list.length, 'each technology once'),
  status: z.enum(mobileSiteStatus.enumValues),
});

/** A block of PO boxes (îlot de boîtes postales). */
export const poBoxProperties = z.strictObject({
  name: line(120),
  boxes: count(10_000).min(1, 'at least one box'),
  boxesInUse: count(10_000),
  status: z.enum(poBoxStatus.enumValues),
  installedOn: day.nullable(),
});

export const schoolProperties = z.strictObject({
  name: line(160),
  level: z.enum(schoolLevel.enumValues),
  pupils: count(20_000),
  connection: z.enum(schoolConnection.enumValues),
  connectedOn: day.nullable(),
});

/** The properties of a Wi-Fi terminal, as the layer's GeoJSON gives them (camelCase). */
export const wifiTerminalProperties = z.strictObject({
  siteName: line(120),
  status: z.enum(wifiStatus.enumValues),
  openingHours: line(200),
  inServiceSince: day.nullable(),
});
export type WifiTerminalProperties = z.infer<typeof wifiTerminalProperties>;
