// An import into a layer, in one transaction: the file's features are staged in a temporary table,
// checked there by PostGIS (geometry type, inside the territory, valid or repaired with ST_MakeValid
// keeping the layer's type, in a commune), matched on the chosen key with the layer's features
// (an add, an update, or unchanged), then written set by set; the history triggers record each
// change under the import. A constraint a few rows break rejects those rows only (found by halving
// the set under savepoints). A dry run does all of it and rolls back: what it reports is exactly
// what the real run does.
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor, Orm } from '../../db/connection.ts';
import { NC_EXTENT } from '../../db/geometry.ts';
import { constraintViolation } from '../../db/faults.ts';
import { wordsFor } from '../edits/as-editor.ts';
import { convertValue } from './column-mapping.ts';
import { importError } from './import-error.ts';
import type { ImportIssue, ImportOptions, ImportProgress, ImportReport } from './import-options.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { FileFeature } from './read-features.ts';
import { importTarget, type FeatureTarget, type GeometryKind } from './import-targets.ts';
import { targetProperties, type TargetProperty } from './target-properties.ts';

const EXPECTED: Record<GeometryKind, { types: string[]; words: string; dimension: number | null }> = {
  point: { types: ['POINT'], words: 'points', dimension: 1 },
  line: { types: ['LINESTRING'], words: 'lines', dimension: 2 },
  area: { types: ['MULTIPOLYGON'], words: 'areas (polygons)', dimension: 3 },
  any: {
    types: ['POINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON'],
    words: 'a point, a line or an area',
    dimension: null,
  },
};

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
const ncEnvelope = sql.raw(`ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`);

/** A feature as staged: what JavaScript found before SQL looks at it. */
interface Staged {
  i: number;
  row: number | null;
  g: unknown;
  p: Record<string, unknown>;
  k: string | null;
  /** Why it is refused before SQL sees it, and in which field. */
  jr: string | null;
  jf: string | null;
  /** Why it could not be a new feature / an update (the layer's schema), and the field. */
  fe: string | null;
  ff: string | null;
  pe: string | null;
  pf: string | null;
}

function countVertices(geometry: unknown): number {
  const walk = (c: unknown): number =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n: number, x) => n + walk(x), 0)) : 0;
  const g = geometry as { coordinates?: unknown; geometries?: unknown[] };
  if (Array.isArray(g.geometries)) return g.geometries.reduce((n: number, x) => n + countVertices(x), 0);
  return walk(g.coordinates);
}
function allFinite(c: unknown): boolean {
  if (typeof c === 'number') return Number.isFinite(c);
  if (Array.isArray(c)) return c.every(allFinite);
  return c === undefined;
}

/** The first issue a schema finds, as [field of the file, reason]. */
function schemaIssue(
  result: z.ZodSafeParseResult<unknown>,
  fieldOf: (property: string) => string,
): [string, string] | null {
  if (result.success) return null;
  const issue = result.error.issues[0];
  const property = String(issue?.path[0] ?? '');
  const missing = issue?.code === 'invalid_type' && issue.input === undefined;
  const field = property ? fieldOf(property) : 'properties';
  return [
    field,
    missing
      ? `${property}: missing (no field of the file is mapped to it)`
      : `${property}: ${issue?.message ?? 'not valid'}`,
  ];
}

export interface LayerImportPlan {
  layer: FeatureTarget;
  mapping: Record<string, string | null>;
  keyProperty: TargetProperty | null;
  values: ImportOptions['values'];
  csv: boolean;
}

/** The features as they will be staged, and the enum values the mapping does not know. */
export function stagedFeatures(features: FileFeature[], plan: LayerImportPlan) {
  const properties = targetProperties(plan.layer);
  const byName = new Map(properties.map((p) => [p.name, p]));
  const fieldOf = new Map<string, string>();
  for (const [field, property] of Object.entries(plan.mapping)) if (property) fieldOf.set(property, field);
  const spec = importTarget(plan.layer);
  const schema = spec.schema;
  const partial = schema.partial();
  const unmapped = new Map<string, Map<string, number>>();
  const staged: Staged[] = features.map((feature) => {
    const out: Staged = {
      i: feature.index,
      row: plan.csv ? feature.index + 2 : null,
      g: feature.geometry,
      p: {},
      k: null,
      jr: feature.error,
      jf: feature.error ? 'geometry' : null,
      fe: null,
      ff: null,
      pe: null,
      pf: null,
    };
    const given: Record<string, unknown> = {};
    for (const [field, name] of Object.entries(plan.mapping)) {
      const property = name ? byName.get(name) : undefined;
      if (!property || out.jr) continue;
      const converted = convertValue(property, feature.properties[field], plan.values?.[property.name]);
      if ('error' in converted) {
        if ('unmapped' in converted) {
          const counts = unmapped.get(property.name) ?? new Map<string, number>();
          counts.set(converted.unmapped, (counts.get(converted.unmapped) ?? 0) + 1);
          unmapped.set(property.name, counts);
        }
        out.jr = `${property.name}: ${converted.error}`;
        out.jf = field;
        continue;
      }
      if (converted.value === null && !property.nullable) continue; // missing: the schema says so
      given[property.name] = converted.value;
      out.p[property.column] = converted.value;
    }
    if (!out.jr) {
      if (!feature.geometry) [out.jf, out.jr] = ['geometry', 'no geometry'];
      else if (!allFinite((feature.geometry as { coordinates?: unknown }).coordinates))
        [out.jf, out.jr] = ['geometry', 'a coordinate is not a number (NaN or infinite)'];
      else if (countVertices(feature.geometry) > IMPORT_LIMITS.vertices)
        [out.jf, out.jr] = ['geometry', `more than ${IMPORT_LIMITS.vertices} vertices`];
    }
    if (plan.keyProperty) {
      const key = given[plan.keyProperty.name];
      out.k = key === undefined || key === null ? null : Array.isArray(key) ? key.join(',') : String(key);
    }
    const field = (property: string) => fieldOf.get(property) ?? property;
    // A new feature's nullable property no field gives is null (a date not known yet).
    const nulls = Object.fromEntries(properties.filter((p) => p.nullable).map((p) => [p.name, null]));
    // A project's commune, when the file does not give it, is found from its geometry (in SQL).
    const commune =
      spec.communeProperty && given[spec.communeProperty] === undefined
        ? { [spec.communeProperty]: '98800' }
        : {};
    const full = schemaIssue(schema.safeParse({ ...nulls, ...spec.defaults, ...commune, ...given }), field);
    for (const [name, value] of Object.entries(spec.defaults)) {
      if (given[name] === undefined) out.p[spec.column(name)] = value;
    }
    if (full) [out.ff, out.fe] = full;
    const some = schemaIssue(partial.safeParse(given), field);
    if (some) [out.pf, out.pe] = some;
    return out;
  });
  const unmappedValues = [...unmapped].map(([property, counts]) => ({
    property,
    field: fieldOf.get(property) ?? property,
    values: [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count),
  }));
  return { staged, unmappedValues };
}

const STAGE_BATCH = 2_000;
const WRITE_BATCH = 5_000;

/** Stages, checks and writes the features; a dry run is rolled back by the caller. */
export async function importIntoLayer(
  tx: Executor,
  db: Database,
  plan: LayerImportPlan,
  staged: Staged[],
  onProgress: (progress: ImportProgress) => void,
): Promise<Pick<ImportReport, 'counts' | 'rejected' | 'repaired' | 'preview'>> {
  const run = (query: SQL) => db.rows<Record<string, unknown>>(query, tx);
  const spec = importTarget(plan.layer);
  const kind = spec.kind;
  const expected = EXPECTED[kind];
  const table = sql.identifier(spec.table);
  const expectedTypes = sql.join(
    expected.types.map((t) => sql`${t}`),
    sql`, `,
  );
  await run(sql`CREATE TEMP TABLE import_rows (
      idx integer PRIMARY KEY, row_number integer, geom geometry, props jsonb NOT NULL, key text,
      action text, reason text, field text, repaired text, insee text, target_id integer,
      before_geom geometry, same boolean,
      full_error text, full_field text, partial_error text, partial_field text
    ) ON COMMIT DROP`);
  for (let start = 0; start < staged.length; start += STAGE_BATCH) {
    const batch = staged.slice(start, start + STAGE_BATCH);
    await run(sql`INSERT INTO import_rows (idx, row_number, geom, props, key, action, reason, field,
                    full_error, full_field, partial_error, partial_field)
        SELECT (r->>'i')::int, (r->>'row')::int,
               CASE WHEN r->>'jf' IS DISTINCT FROM 'geometry' THEN ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(r->'g'), 4326)) END,
               r->'p', r->>'k', CASE WHEN r->>'jr' IS NOT NULL THEN 'reject' END, r->>'jr', r->>'jf',
               r->>'fe', r->>'ff', r->>'pe', r->>'pf'
        FROM jsonb_array_elements(${JSON.stringify(batch)}::jsonb) r`);
    onProgress({
      stage: 'checking',
      done: Math.min(start + STAGE_BATCH, staged.length),
      total: staged.length,
    });
  }
  const pending = sql`action IS NULL`;
  const reject = (reason: SQL, where: SQL, field: SQL = sql`'geometry'`) =>
    run(sql`UPDATE import_rows SET action = 'reject', reason = ${reason}, field = ${field}
            WHERE ${pending} AND (${where})`);
  // The layer's geometry type: a lone point of a MultiPoint is a point, a Polygon an area…
  const lone = (multi: string) =>
    sql`WHEN GeometryType(geom) = ${multi} AND ST_NumGeometries(geom) = 1 THEN ST_GeometryN(geom, 1)`;
  const shaped =
    kind === 'area'
      ? sql`CASE WHEN GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON') THEN ST_Multi(geom) ELSE geom END`
      : kind === 'any'
        ? sql`CASE ${lone('MULTIPOINT')} ${lone('MULTILINESTRING')} ${lone('MULTIPOLYGON')} ELSE geom END`
        : sql`CASE ${lone(`MULTI${expected.types[0]}`)} ELSE geom END`;
  await run(sql`UPDATE import_rows SET geom = ${shaped} WHERE ${pending}`);
  await reject(
    sql`format('a %s, where the layer takes ' || ${expected.words}, initcap(GeometryType(geom)))`,
    sql`GeometryType(geom) NOT IN (${expectedTypes})`,
  );
  await reject(
    sql`format('outside New Caledonia (around %s, %s)', round(((ST_XMin(geom) + ST_XMax(geom)) / 2)::numeric, 4),
               round(((ST_YMin(geom) + ST_YMax(geom)) / 2)::numeric, 4))`,
    sql`NOT ST_Within(geom, ${ncEnvelope})`,
  );
  // Repaired where PostGIS can, keeping the layer's type; else rejected with PostGIS's reason.
  const made = sql`ST_CollectionExtract(ST_MakeValid(geom), ${expected.dimension})`;
  const repaired =
    kind === 'area' ? sql`ST_Multi(${made})` : kind === 'line' ? sql`ST_LineMerge(${made})` : sql`geom`;
  await run(sql`UPDATE import_rows SET repaired = ST_IsValidReason(geom), geom = ${repaired}
                WHERE ${pending} AND NOT ST_IsValid(geom)`);
  await reject(
    sql`format('not valid (%s) and not repairable as one of ' || ${expected.words}, repaired)`,
    sql`repaired IS NOT NULL AND (geom IS NULL OR ST_IsEmpty(geom) OR GeometryType(geom) NOT IN (${expectedTypes}) OR NOT ST_IsValid(geom))`,
  );
  const given = spec.communeProperty ? sql`r.props->>${spec.column(spec.communeProperty)}` : sql`NULL::text`;
  await run(sql`UPDATE import_rows r SET insee = coalesce(${given}, (
      SELECT c.insee FROM communes c WHERE ST_Intersects(c.geom, r.geom)
      ORDER BY CASE ST_Dimension(r.geom) WHEN 0 THEN 0 WHEN 1 THEN -ST_Length(ST_Intersection(c.geom, r.geom))
                    ELSE -ST_Area(ST_Intersection(c.geom, r.geom)) END, c.insee
      LIMIT 1)) WHERE ${pending}`);
  await reject(sql`'in no commune of New Caledonia (at sea?)'`, sql`insee IS NULL`);
  if (spec.communeProperty) {
    const field = Object.entries(plan.mapping).find(([, p]) => p === spec.communeProperty)?.[0] ?? 'geometry';
    await reject(
      sql`format('the commune %s does not exist, or the geometry does not reach into it', insee)`,
      sql`NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee = import_rows.insee AND ST_Intersects(c.geom, import_rows.geom))`,
      sql`${field}`,
    );
  }
  if (plan.keyProperty) {
    const keyField = Object.entries(plan.mapping).find(([, p]) => p === plan.keyProperty?.name)?.[0] ?? '';
    const column = sql.identifier(plan.keyProperty.column);
    await run(sql`UPDATE import_rows r SET action = 'reject', field = ${keyField},
                    reason = format('the key %s is given %s times in the file (features %s)', r.key, d.n, d.list)
        FROM (SELECT key, count(*) AS n, array_to_string((array_agg(idx + 1 ORDER BY idx))[1:5], ', ') AS list
              FROM import_rows WHERE action IS NULL AND key IS NOT NULL GROUP BY key HAVING count(*) > 1) d
        WHERE r.action IS NULL AND r.key = d.key`);
    await run(sql`UPDATE import_rows r SET action = 'reject', field = ${keyField},
                    reason = format('the key %s matches %s features of the layer: it must match one', r.key, d.n)
        FROM (SELECT ${column}::text AS key, count(*) AS n FROM ${table} GROUP BY 1 HAVING count(*) > 1) d
        WHERE r.action IS NULL AND r.key = d.key`);
    await run(sql`UPDATE import_rows r SET target_id = t.id, before_geom = t.geom,
                    same = to_jsonb(t) @> r.props AND ST_HausdorffDistance(t.geom, r.geom) < 1e-7
        FROM ${table} t WHERE r.action IS NULL AND r.key = ${column}::text`);
  }
  await run(sql`UPDATE import_rows SET action = CASE WHEN target_id IS NULL THEN 'add'
                                                     WHEN same THEN 'unchanged' ELSE 'update' END
                WHERE ${pending}`);
  await run(sql`UPDATE import_rows SET action = 'reject', reason = full_error, field = full_field
                WHERE action = 'add' AND full_error IS NOT NULL`);
  await run(sql`UPDATE import_rows SET action = 'reject', reason = partial_error, field = partial_field
                WHERE action = 'update' AND partial_error IS NOT NULL`);

  const properties = targetProperties(plan.layer);
  // The commune is the row's own (given, or found from the geometry), written once.
  const columns = properties.map((p) => p.column).filter((c) => c !== 'commune_insee');
  const measured = spec.measured(sql`r.geom`);
  const insert = (ids: number[]) =>
    sql`INSERT INTO ${table} (${sql.join(
      [...columns, ...measured.map((m) => m.column), 'commune_insee', 'geom', 'source'].map((c) =>
        sql.identifier(c),
      ),
      sql`, `,
    )})
        SELECT ${sql.join(
          [
            ...columns.map((c) => sql`p.${sql.identifier(c)}`),
            ...measured.map((m) => m.value),
            sql`r.insee`,
            sql`r.geom`,
            sql`'import'`,
          ],
          sql`, `,
        )}
        FROM import_rows r CROSS JOIN LATERAL jsonb_populate_record(NULL::${table}, r.props) p
        WHERE r.action = 'add' AND r.idx = ANY(${`{${ids.join(',')}}`}::int[]) ORDER BY r.idx`;
  const update = (ids: number[]) =>
    sql`UPDATE ${table} t SET ${sql.join(
      [
        ...columns.map(
          (c) =>
            sql`${sql.identifier(c)} = CASE WHEN r.props ? ${c} THEN p.${sql.identifier(c)} ELSE t.${sql.identifier(c)} END`,
        ),
        ...measured.map((m) => sql`${sql.identifier(m.column)} = ${m.value}`),
        sql`commune_insee = r.insee`,
        sql`geom = r.geom`,
      ],
      sql`, `,
    )}
        FROM import_rows r CROSS JOIN LATERAL jsonb_populate_record(NULL::${table}, r.props) p
        WHERE r.action = 'update' AND t.id = r.target_id AND r.idx = ANY(${`{${ids.join(',')}}`}::int[])`;

  const writable = (
    await run(sql`SELECT idx FROM import_rows WHERE action IN ('add', 'update') ORDER BY idx`)
  ).map((r) => Number(r.idx));
  let written = 0;
  const orm = tx as unknown as Orm;
  /** Writes `ids`; when a constraint refuses the set, halves it until the rows at fault are found. */
  const write = async (ids: number[]): Promise<void> => {
    try {
      await orm.transaction(async (savepoint) => {
        await db.rows(insert(ids), savepoint);
        await db.rows(update(ids), savepoint);
      });
      written += ids.length;
      onProgress({ stage: 'writing', done: written, total: writable.length });
    } catch (err) {
      const violation = constraintViolation(err);
      if (!violation && !/governed_by_project/.test(String((err as Error).message))) throw err;
      if (ids.length > 1) {
        const half = Math.ceil(ids.length / 2);
        await write(ids.slice(0, half));
        await write(ids.slice(half));
        return;
      }
      const words = wordsFor(violation?.constraint)?.[1] ?? (violation?.message ?? String(err)).slice(0, 300);
      await run(sql`UPDATE import_rows SET action = 'reject', reason = ${words}, field = 'properties'
                    WHERE idx = ${ids[0]}`);
    }
  };
  for (let start = 0; start < writable.length; start += WRITE_BATCH) {
    await write(writable.slice(start, start + WRITE_BATCH));
  }
  if (writable.length === 0) onProgress({ stage: 'writing', done: 0, total: 0 });

  const counted = await run(sql`SELECT count(*)::int AS read,
      count(*) FILTER (WHERE action = 'add')::int AS added, count(*) FILTER (WHERE action = 'update')::int AS updated,
      count(*) FILTER (WHERE action = 'unchanged')::int AS unchanged,
      count(*) FILTER (WHERE action = 'reject')::int AS rejected,
      count(*) FILTER (WHERE repaired IS NOT NULL AND action <> 'reject')::int AS repaired,
      count(*) FILTER (WHERE action = 'reject' AND reason LIKE 'outside New Caledonia%')::int AS outside
    FROM import_rows`);
  const c = counted[0] as Record<string, number>;
  if (c.read! > 0 && c.outside === c.read) {
    throw importError(
      'every feature lies outside New Caledonia: is the coordinate system right? (a file in Lambert New Caledonia is EPSG:3163)',
      'crs',
    );
  }
  const issues = async (where: SQL, reason: SQL): Promise<ImportIssue[]> =>
    (
      await run(sql`SELECT idx, row_number, field, ${reason} AS reason FROM import_rows WHERE ${where}
                    ORDER BY idx LIMIT ${IMPORT_LIMITS.listed}`)
    ).map((r) => ({
      feature: Number(r.idx) + 1,
      ...(r.row_number !== null ? { row: Number(r.row_number) } : {}),
      ...(r.field ? { field: String(r.field) } : {}),
      reason: String(r.reason),
    }));
  const rejected = await issues(sql`action = 'reject'`, sql`reason`);
  const repairedList = await issues(
    sql`repaired IS NOT NULL AND action <> 'reject'`,
    sql`'repaired: ' || repaired`,
  );
  const label = sql`coalesce(key, props->>'name', props->>'site_name', props->>'title')`;
  const simplified = (g: SQL) => sql`ST_AsGeoJSON(ST_SimplifyPreserveTopology(${g}, 0.00005), 6)::json`;
  const preview = await run(sql`
    SELECT idx + 1 AS feature, change, geometry, ${label} AS label FROM (
      SELECT idx, key, props, CASE action WHEN 'add' THEN 'added' WHEN 'update' THEN 'after' ELSE 'rejected' END AS change,
             ${simplified(sql`geom`)} AS geometry
      FROM import_rows WHERE action IN ('add', 'update', 'reject') AND geom IS NOT NULL AND ST_Within(geom, ${ncEnvelope})
      UNION ALL
      SELECT idx, key, props, 'before', ${simplified(sql`before_geom`)} FROM import_rows WHERE action = 'update'
    ) p ORDER BY idx, change LIMIT ${IMPORT_LIMITS.listed}`);
  return {
    counts: {
      read: c.read!,
      added: c.added!,
      updated: c.updated!,
      unchanged: c.unchanged!,
      rejected: c.rejected!,
      repaired: c.repaired!,
    },
    rejected,
    repaired: repairedList,
    preview: {
      type: 'FeatureCollection',
      features: preview.map((r) => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: {
          change: r.change as 'added' | 'before' | 'after' | 'rejected',
          feature: Number(r.feature),
          label: (r.label as string | null) ?? null,
        },
      })),
    },
  };
}
