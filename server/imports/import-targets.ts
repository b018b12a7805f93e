// What an import writes features into: each editable layer and the projects, with their table,
// the geometry they take, the one schema of their properties (the web editing's), each property's
// column, the columns measured from the geometry, and where the commune comes from (the geometry;
// for a project, its own communeInsee when the file gives one).
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { EDITABLE_LAYERS, layerPayloads, type EditableLayer } from '../edits/layer-payloads.ts';
import { columnOf, measuredOf, tableOf } from '../edits/layer-writes.ts';
import { projectProperties } from '../edits/project-payloads.ts';
import { projectColumns } from '../edits/project-writes.ts';

export type FeatureTarget = EditableLayer | 'projects';
export const FEATURE_TARGETS: readonly FeatureTarget[] = [...EDITABLE_LAYERS, 'projects'];
export const isFeatureTarget = (target: string): target is FeatureTarget =>
  (FEATURE_TARGETS as readonly string[]).includes(target);

/** point, line or area: the layer's one type; any: a point, a line or an area (a project). */
export type GeometryKind = 'point' | 'line' | 'area' | 'any';
const KINDS: Record<EditableLayer, GeometryKind> = {
  'fibre-zones': 'area',
  'fibre-cables': 'line',
  'mobile-coverage': 'area',
  'mobile-sites': 'point',
  'po-boxes': 'point',
  'wifi-terminals': 'point',
  schools: 'point',
};

export interface ImportTargetSpec {
  table: string;
  kind: GeometryKind;
  schema: z.ZodObject;
  column(property: string): string;
  measured(geom: SQL): { column: string; value: SQL }[];
  /** The property naming the feature's commune, when the file may give it (else: its geometry). */
  communeProperty: string | null;
  /** What a new feature gets for a property no field gives (as the web form starts it). */
  defaults: Record<string, unknown>;
}

export function importTarget(target: FeatureTarget): ImportTargetSpec {
  if (target === 'projects') {
    return {
      table: 'projects',
      kind: 'any',
      schema: projectProperties,
      column: (property) => {
        const column = projectColumns[property]?.[0];
        if (!column) throw new Error(`projects have no property ${property}`);
        return column;
      },
      measured: () => [],
      communeProperty: 'communeInsee',
      defaults: { publicNotes: '' },
    };
  }
  return {
    table: tableOf(target),
    kind: KINDS[target],
    schema: layerPayloads[target].properties,
    column: (property) => columnOf(target, property),
    measured: (geom) => measuredOf(target, geom),
    communeProperty: null,
    defaults: {},
  };
}
