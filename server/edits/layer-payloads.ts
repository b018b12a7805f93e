// The editable layers and, for each, the one schema of what a client sends: the geometry type it
// takes and its properties. The server validates with these, the client's forms check with them,
// and the catalogue's attributes name the same properties.
import { z } from 'zod';
import {
  areaGeometry,
  fibreCableProperties,
  fibreZoneProperties,
  lineGeometry,
  mobileCoverageProperties,
  mobileSiteProperties,
  pointGeometry,
  poBoxProperties,
  schoolProperties,
  wifiTerminalProperties,
} from './feature-payloads.ts';

export const layerPayloads = {
  'fibre-zones': { geometry: areaGeometry, properties: fibreZoneProperties },
  'fibre-cables': { geometry: lineGeometry, properties: fibreCableProperties },
  'mobile-coverage': { geometry: areaGeometry, properties: mobileCoverageProperties },
  'mobile-sites': { geometry: pointGeometry, properties: mobileSiteProperties },
  'po-boxes': { geometry: pointGeometry, properties: poBoxProperties },
  'wifi-terminals': { geometry: pointGeometry, properties: wifiTerminalProperties },
  schools: { geometry: pointGeometry, properties: schoolProperties },
} as const;

export type EditableLayer = keyof typeof layerPayloads;
export const EDITABLE_LAYERS = Object.keys(layerPayloads) as EditableLayer[];
export const isEditable = (layer: string): layer is EditableLayer => Object.hasOwn(layerPayloads, layer);

export type LayerProperties<L extends EditableLayer> = z.infer<(typeof layerPayloads)[L]['properties']>;

/** A new feature of `layer`: a GeoJSON Feature with every property. */
export const newFeatureOf = (layer: EditableLayer) =>
  z.strictObject({
    type: z.literal('Feature'),
    geometry: layerPayloads[layer].geometry,
    properties: layerPayloads[layer].properties,
  });

/** A change to a feature of `layer`: any of its properties, its geometry, or both. */
export const featureChangeOf = (layer: EditableLayer) =>
  z
    .strictObject({
      type: z.literal('Feature').optional(),
      geometry: layerPayloads[layer].geometry.optional(),
      properties: layerPayloads[layer].properties.partial().optional(),
    })
    .refine((change) => change.geometry !== undefined || change.properties !== undefined, {
      message: 'nothing to change: send geometry, properties or both',
    });

export type NewFeature = z.infer<ReturnType<typeof newFeatureOf>>;
export type FeatureChange = z.infer<ReturnType<typeof featureChangeOf>>;
