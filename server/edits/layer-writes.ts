// Creating, changing and restoring a feature of any editable layer. Each layer says which column
// holds each property and which columns are measured from the geometry; the commune of a feature
// is always the one holding it (a point) or most of it (a line, an area), found in SQL, so a
// feature is never in a commune it is not in, and one that is in none (at sea) is refused.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import { httpError } from '../errors.ts';
import type { EditableLayer, FeatureChange, NewFeature } from './layer-payloads.ts';

interface Column {
  column: string;
  /** The SQL type the value is cast to (an enum, a date…), when not plain text or a number. */
  cast?: string;
}

interface LayerWrites {
  table: string;
  /** Stored as a MultiPolygon whatever the client sends (a Polygon or a MultiPolygon). */
  multi?: boolean;
  columns: Record<string, Column>;
  /** Columns measured from the geometry, written with it: column → expression of the geometry. */
  measured?: Record<string, (geom: SQL) => SQL>;
}

const day: Column['cast'] = 'date';
const writes: Record<EditableLayer, LayerWrites> = {
  'fibre-zones': {
    table: 'fibre_zones',
    multi: true,
    columns: {
      name: { column: 'name' },
      status: { column: 'status', cast: 'fibre_zone_status' },
      plannedYear: { column: 'planned_year' },
      deployedOn: { column: 'deployed_on', cast: day },
      premisesPassed: { column: 'premises_passed' },
    },
  },
  'fibre-cables': {
    table: 'fibre_cables',
    columns: {
      name: { column: 'name' },
      kind: { column: 'kind', cast: 'fibre_cable_kind' },
      status: { column: 'status', cast: 'fibre_cable_status' },
    },
    measured: { length_m: (geom) => sql`round(ST_Length(${geom}::geography))::int` },
  },
  'mobile-coverage': {
    table: 'mobile_coverage',
    multi: true,
    columns: {
      technology: { column: 'technology', cast: 'mobile_technology' },
      level: { column: 'level', cast: 'coverage_level' },
    },
  },
  'mobile-sites': {
    table: 'mobile_sites',
    columns: {
      name: { column: 'name' },
      technologies: { column: 'technologies', cast: 'mobile_technology[]' },
      status: { column: 'status', cast: 'mobile_site_status' },
    },
  },
  'po-boxes': {
    table: 'po_box_blocks',
    columns: {
      name: { column: 'name' },
      boxes: { column: 'boxes' },
      boxesInUse: { column: 'boxes_in_use' },
      status: { column: 'status', cast: 'po_box_status' },
      installedOn: { column: 'installed_on', cast: day },
    },
  },
  'wifi-terminals': {
    table: 'wifi_terminals',
    columns: {
      siteName: { column: 'site_name' },
      status: { column: 'status', cast: 'wifi_status' },
      openingHours: { column: 'opening_hours' },
      inServiceSince: { column: 'in_service_since', cast: day },
    },
  },
  schools: {
    table: 'schools',
    columns: {
      name: { column: 'name' },
      level: { column: 'level', cast: 'school_level' },
      pupils: { column: 'pupils' },
      connection: { column: 'connection', cast: 'school_connection' },
      connectedOn: { column: 'connected_on', cast: day },
    },
  },
};

export const tableOf = (layer: EditableLayer) => writes[layer].table;
/** The column holding a property of the layer. */
export const columnOf = (layer: EditableLayer, property: string): string => {
  const column = writes[layer].columns[property]?.column;
  if (!column) throw new Error(`${layer} has no property ${property}`);
  return column;
};
/** Stored as a MultiPolygon (an area layer). */
export const isMultiOf = (layer: EditableLayer) => writes[layer].multi === true;
/** The columns measured from the geometry, as SQL of the geometry `geom`. */
export const measuredOf = (layer: EditableLayer, geom: SQL) =>
  Object.entries(writes[layer].measured ?? {}).map(([column, measure]) => ({ column, value: measure(geom) }));

const valueSql = (value: unknown, { cast }: Column): SQL => {
  if (Array.isArray(value)) return sql`${`{${value.join(',')}}`}::${sql.raw(cast ?? 'text[]')}`;
  return cast ? sql`${value}::${sql.raw(cast)}` : sql`${value}`;
};

/**
 * The geometry as it will be stored, after checking it: valid (else the reason PostGIS gives) and
 * in a commune (whose code is returned with it).
 */
async function placed(
  db: Database,
  tx: Executor,
  spec: LayerWrites,
  geometry: NewFeature['geometry'],
): Promise<{ geom: SQL; insee: string }> {
  const parsed = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326)`;
  const geom = spec.multi ? sql`ST_Multi(${parsed})` : parsed;
  const rows = await db.rows<{ reason: string | null; insee: string | null }>(
    sql`WITH g AS (SELECT ${geom} AS geom)
        SELECT CASE WHEN ST_IsValid(g.geom) THEN NULL ELSE ST_IsValidReason(g.geom) END AS reason,
               (SELECT c.insee FROM communes c
                 WHERE ST_IsValid(g.geom) AND ST_Intersects(c.geom, g.geom)
                 ORDER BY CASE ST_Dimension(g.geom)
                            WHEN 0 THEN 0
                            WHEN 1 THEN -ST_Length(ST_Intersection(c.geom, g.geom))
                            ELSE -ST_Area(ST_Intersection(c.geom, g.geom)) END, c.insee
                 LIMIT 1) AS insee
          FROM g`,
    tx,
  );
  const row = rows[0];
  if (row?.reason) throw httpError(400, `geometry: not valid (${row.reason})`, 'geometry');
  if (!row?.insee) {
    const where = geometry.type === 'Point' ? `${geometry.coordinates.join(', ')} is` : 'it lies';
    throw httpError(400, `geometry: ${where} in no commune of New Caledonia (at sea?)`, 'geometry');
  }
  return { geom, insee: row.insee };
}

/** Inserts the feature; its `source` says by which path it came (`web`, `ogc`). */
export async function createFeature(
  db: Database,
  tx: Executor,
  layer: EditableLayer,
  feature: NewFeature,
  source = 'web',
): Promise<number> {
  const spec = writes[layer];
  const { geom, insee } = await placed(db, tx, spec, feature.geometry);
  const given = Object.entries(spec.columns);
  const properties = feature.properties as Record<string, unknown>;
  const columns = [
    ...given.map(([, c]) => sql.identifier(c.column)),
    ...Object.keys(spec.measured ?? {}).map((c) => sql.identifier(c)),
    sql`commune_insee`,
    sql`geom`,
    sql`source`,
  ];
  const values = [
    ...given.map(([name, c]) => valueSql(properties[name] ?? null, c)),
    ...Object.values(spec.measured ?? {}).map((measure) => measure(geom)),
    sql`${insee}`,
    geom,
    sql`${source}`,
  ];
  const rows = await db.rows<{ id: number }>(
    sql`INSERT INTO ${sql.identifier(spec.table)} (${sql.join(columns, sql`, `)})
        VALUES (${sql.join(values, sql`, `)}) RETURNING id`,
    tx,
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('INSERT … RETURNING gave no row');
  return id;
}

/** Applies a change to the feature, whose version the caller has locked and checked. */
export async function changeFeature(
  db: Database,
  tx: Executor,
  layer: EditableLayer,
  id: number,
  change: FeatureChange,
): Promise<void> {
  const spec = writes[layer];
  const sets: SQL[] = [];
  for (const [name, value] of Object.entries(change.properties ?? {})) {
    const column = spec.columns[name];
    if (!column || value === undefined) continue;
    sets.push(sql`${sql.identifier(column.column)} = ${valueSql(value, column)}`);
  }
  if (change.geometry) {
    const { geom, insee } = await placed(db, tx, spec, change.geometry);
    sets.push(sql`geom = ${geom}`, sql`commune_insee = ${insee}`);
    for (const [column, measure] of Object.entries(spec.measured ?? {})) {
      sets.push(sql`${sql.identifier(column)} = ${measure(geom)}`);
    }
  }
  if (sets.length === 0) return;
  await db.rows(
    sql`UPDATE ${sql.identifier(spec.table)} SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`,
    tx,
  );
}

/** The columns an earlier state brings back (the row's id, version and timestamps are its own). */
const restoredColumns = (spec: LayerWrites) => [
  ...Object.values(spec.columns).map((c) => c.column),
  ...Object.keys(spec.measured ?? {}),
  'commune_insee',
  'source',
];

/**
 * Puts the feature back as a history entry left it (`state`: the stored row, columns as keys):
 * over the current row when it exists, else as the deleted row again, at the version after `version`.
 */
export async function restoreFeature(
  db: Database,
  tx: Executor,
  layer: EditableLayer,
  id: number,
  state: { geometry: unknown; properties: Record<string, unknown> },
  exists: boolean,
  version: number,
): Promise<void> {
  const spec = writes[layer];
  const table = sql.identifier(spec.table);
  const record = sql`jsonb_populate_record(NULL::${table}, ${JSON.stringify(state.properties)}::jsonb)`;
  const geometry = sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(state.geometry)}), 4326)`;
  const names = restoredColumns(spec);
  const columns = sql.join(
    names.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const values = sql.raw(names.map((c) => `r.${c}`).join(', '));
  if (exists) {
    await db.rows(
      sql`UPDATE ${table} t SET (${columns}, geom) = (SELECT ${values}, ${geometry} FROM ${record} r)
          WHERE t.id = ${id}`,
      tx,
    );
  } else {
    await db.rows(
      sql`INSERT INTO ${table} (id, version, ${columns}, geom)
          SELECT ${id}, ${version + 1}, ${values}, ${geometry} FROM ${record} r`,
      tx,
    );
  }
}
