// The official commune boundaries in place of the approximate ones: each boundary of the file is
// matched to a commune on its INSEE code, or on its name with accents, case, hyphens and leading
// articles ignored ("Le Mont-Dore" is Mont-Dore, "L'Île-des-Pins" is Île des Pins); a boundary
// matching nothing, or two matching one commune, is rejected and said so. Self-intersecting rings
// are repaired (ST_MakeValid). Then every feature's commune is found again on the new boundaries,
// and the caller's transaction refreshes every derived figure.
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../db/connection.ts';
import { NC_EXTENT } from '../../db/geometry.ts';
import { normalised } from './column-mapping.ts';
import { importError } from './import-error.ts';
import type { ImportOptions, ImportProgress, ImportReport } from './import-options.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { FileContents } from './read-features.ts';

/** A commune's name as it is matched: no accents, case, punctuation, nor leading article. */
export const communeNameKey = (name: string) =>
  normalised(
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[-'’_]/g, ' ')
      .replace(/^\s*(le|la|les|l)\s+/, ''),
  );

const CODE_FIELDS = [
  'codecom',
  'codeinsee',
  'insee',
  'codecommune',
  'comcode',
  'depcom',
  'code',
  'cinsee',
  'inseecom',
];
const NAME_FIELDS = ['nomcom', 'nom', 'name', 'commune', 'nomcommune', 'libelle', 'libcom', 'nomdelacommune'];

const pick = (fields: string[], names: string[], own: string | undefined) =>
  own ?? names.map((n) => fields.find((f) => normalised(f) === n)).find((f) => f !== undefined) ?? null;

/** Tables whose features belong to the commune holding them (most of them, for lines and areas). */
const LOCATED = [
  'settlements',
  'fibre_zones',
  'fibre_cables',
  'mobile_coverage',
  'mobile_sites',
  'po_box_blocks',
  'wifi_terminals',
  'schools',
  'projects',
  'requests',
];

const { minLon, minLat, maxLon, maxLat } = NC_EXTENT;
const ncEnvelope = sql.raw(`ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`);

export async function importCommunes(
  tx: Executor,
  db: Database,
  contents: FileContents,
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<Omit<ImportReport, 'dryRun' | 'importId' | 'target' | 'file' | 'notes'>> {
  const run = (query: SQL) => db.rows<Record<string, unknown>>(query, tx);
  const fields = contents.layer.fields.map((f) => f.name);
  const own = Object.entries(options.mapping ?? {});
  const codeField = pick(fields, CODE_FIELDS, own.find(([, p]) => p === 'insee')?.[0]);
  const nameField = pick(fields, NAME_FIELDS, own.find(([, p]) => p === 'name')?.[0]);
  if (!codeField && !nameField) {
    throw importError(
      `mapping: no field gives the commune's INSEE code or name (fields: ${fields.join(', ')}); map one to insee or name`,
      'mapping',
    );
  }
  const communes = await run(sql`SELECT insee, name FROM communes`);
  const byCode = new Map(communes.map((c) => [String(c.insee), String(c.name)]));
  const byName = new Map(communes.map((c) => [communeNameKey(String(c.name)), String(c.insee)]));
  const rows = contents.features.map((f) => {
    const code = codeField ? f.properties[codeField] : null;
    const name = nameField ? f.properties[nameField] : null;
    const codeText = code === null || code === undefined ? '' : String(code).trim();
    const nameText = name === null || name === undefined ? '' : String(name).trim();
    const insee = byCode.has(codeText) ? codeText : (byName.get(communeNameKey(nameText)) ?? null);
    const said = [codeText && `code ${codeText}`, nameText && `name ${nameText}`].filter(Boolean).join(', ');
    return {
      i: f.index,
      g: f.geometry,
      insee,
      label: nameText || codeText || null,
      jr:
        f.error ??
        (f.geometry ? null : 'no geometry') ??
        (insee ? null : `matches no commune (${said || 'no code nor name'})`),
    };
  });
  await run(sql`CREATE TEMP TABLE commune_rows (idx integer PRIMARY KEY, geom geometry, insee text, label text,
                  action text, reason text, repaired text, before_geom geometry) ON COMMIT DROP`);
  await run(sql`INSERT INTO commune_rows (idx, geom, insee, label, action, reason)
      SELECT (r->>'i')::int,
             CASE WHEN r->>'jr' IS NULL THEN ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(r->'g'), 4326)) END,
             r->>'insee', r->>'label', CASE WHEN r->>'jr' IS NOT NULL THEN 'reject' END, r->>'jr'
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) r`);
  onProgress({ stage: 'checking', done: rows.length, total: rows.length });
  const reject = (reason: SQL, where: SQL) =>
    run(
      sql`UPDATE commune_rows SET action = 'reject', reason = ${reason} WHERE action IS NULL AND (${where})`,
    );
  await run(sql`UPDATE commune_rows SET geom = ST_Multi(geom)
                WHERE action IS NULL AND GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON')`);
  await reject(
    sql`format('a %s, where a boundary is an area', initcap(GeometryType(geom)))`,
    sql`GeometryType(geom) <> 'MULTIPOLYGON'`,
  );
  await reject(sql`'outside New Caledonia'`, sql`NOT ST_Within(geom, ${ncEnvelope})`);
  await run(sql`UPDATE commune_rows SET repaired = ST_IsValidReason(geom),
                  geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))
                WHERE action IS NULL AND NOT ST_IsValid(geom)`);
  await reject(
    sql`format('not valid (%s) and not repairable as an area', repaired)`,
    sql`repaired IS NOT NULL AND (ST_IsEmpty(geom) OR NOT ST_IsValid(geom))`,
  );
  await run(sql`UPDATE commune_rows r SET action = 'reject',
                  reason = format('%s boundaries of the file match %s (%s): features %s; give one', d.n, c.name, c.insee, d.list)
      FROM (SELECT insee, count(*) AS n, string_agg((idx + 1)::text, ', ' ORDER BY idx) AS list
            FROM commune_rows WHERE action IS NULL GROUP BY insee HAVING count(*) > 1) d
      JOIN communes c ON c.insee = d.insee
      WHERE r.action IS NULL AND r.insee = d.insee`);
  await run(sql`UPDATE commune_rows r SET action = 'update', before_geom = c.geom FROM communes c
                WHERE r.action IS NULL AND c.insee = r.insee`);
  const replaced =
    await run(sql`UPDATE communes c SET geom = r.geom, boundary_source = 'official', updated_at = now()
      FROM commune_rows r WHERE r.action = 'update' AND c.insee = r.insee RETURNING c.insee`);
  onProgress({ stage: 'writing', done: replaced.length, total: replaced.length });
  if (replaced.length > 0) {
    // Every feature in the commune holding it (most of it) on the new boundaries; one the new
    // boundaries leave at sea keeps its commune.
    for (const table of LOCATED) {
      const t = sql.identifier(table);
      await run(sql`UPDATE ${t} f SET commune_insee = n.insee FROM (
          SELECT x.id, (SELECT c.insee FROM communes c WHERE ST_Intersects(c.geom, x.geom)
                        ORDER BY CASE ST_Dimension(x.geom) WHEN 0 THEN 0
                                      WHEN 1 THEN -ST_Length(ST_Intersection(c.geom, x.geom))
                                      ELSE -ST_Area(ST_Intersection(c.geom, x.geom)) END, c.insee
                        LIMIT 1) AS insee
          FROM ${t} x
          WHERE NOT EXISTS (SELECT 1 FROM communes c WHERE c.insee = x.commune_insee AND ST_Covers(c.geom, x.geom))
        ) n WHERE f.id = n.id AND n.insee IS NOT NULL AND n.insee <> f.commune_insee`);
    }
  }
  const counted =
    await run(sql`SELECT count(*)::int AS read, count(*) FILTER (WHERE action = 'update')::int AS updated,
      count(*) FILTER (WHERE action = 'reject')::int AS rejected,
      count(*) FILTER (WHERE repaired IS NOT NULL AND action = 'update')::int AS repaired FROM commune_rows`);
  const c = counted[0] as Record<string, number>;
  const list = async (where: SQL, reason: SQL) =>
    (
      await run(
        sql`SELECT idx, ${reason} AS reason FROM commune_rows WHERE ${where} ORDER BY idx LIMIT ${IMPORT_LIMITS.listed}`,
      )
    ).map((r) => ({ feature: Number(r.idx) + 1, field: 'geometry', reason: String(r.reason) }));
  const simplified = (g: SQL) => sql`ST_AsGeoJSON(ST_SimplifyPreserveTopology(${g}, 0.0005), 5)::json`;
  const preview = await run(sql`SELECT idx + 1 AS feature, change, geometry, label FROM (
      SELECT idx, label, CASE action WHEN 'update' THEN 'after' ELSE 'rejected' END AS change, ${simplified(sql`geom`)} AS geometry
      FROM commune_rows WHERE geom IS NOT NULL AND ST_Within(geom, ${ncEnvelope})
      UNION ALL SELECT idx, label, 'before', ${simplified(sql`before_geom`)} FROM commune_rows WHERE action = 'update'
    ) p ORDER BY idx, change LIMIT ${IMPORT_LIMITS.listed}`);
  return {
    mapping: Object.fromEntries(
      fields.map((f) => [f, f === codeField ? 'insee' : f === nameField ? 'name' : null]),
    ),
    key: codeField ? 'insee' : 'name',
    unmappedValues: [],
    counts: {
      read: c.read!,
      added: 0,
      updated: c.updated!,
      unchanged: 0,
      rejected: c.rejected!,
      repaired: c.repaired!,
    },
    rejected: await list(sql`action = 'reject'`, sql`reason`),
    repaired: await list(sql`repaired IS NOT NULL AND action = 'update'`, sql`'repaired: ' || repaired`),
    preview: {
      type: 'FeatureCollection',
      features: preview.map((r) => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: {
          change: r.change as 'before' | 'after' | 'rejected',
          feature: Number(r.feature),
          label: (r.label as string | null) ?? null,
        },
      })),
    },
  };
}
