// What a client sends to create or change a feature: a GeoJSON Feature whose properties are one
// zod schema per layer, the same schema the server validates with and the client's forms use.
import { z } from 'zod';
import { NC_EXTENT } from '../../db/geometry.ts';
import { wifiStatus } from '../../db/schema.ts';

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;

/** A position [lon, lat] inside New Caledonia's extent: every edited geometry is made of these. */
export const position = z
  .tuple([z.number().finite(), z.number().finite()])
  .refine(
    ([lon, lat]) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat,
    `coordinates outside New Caledonia (longitude ${minLon} to ${maxLon}, latitude ${minLat} to ${maxLat})`,
  );
export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });

const day = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
/** One line of text: trimmed, not empty, at most `max` characters, no control characters. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((value) => !/\p{Cc}/u.test(value), 'no control characters');

/** The properties of a Wi-Fi terminal, as the layer's GeoJSON gives them (camelCase). */
export const wifiTerminalProperties = z.strictObject({
  siteName: line(120),
  status: z.enum(wifiStatus.enumValues),
  openingHours: line(200),
  inServiceSince: day.nullable(),
});
export type WifiTerminalProperties = z.infer<typeof wifiTerminalProperties>;

export const newWifiTerminal = z.strictObject({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: wifiTerminalProperties,
});

/** A change: any of the properties, the geometry, or both. */
export const wifiTerminalChange = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: pointGeometry.optional(),
    properties: wifiTerminalProperties.partial().optional(),
  })
  .refine((change) => change.geometry !== undefined || change.properties !== undefined, {
    message: 'nothing to change: send geometry, properties or both',
  });
