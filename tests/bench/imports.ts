// Import throughput and export time (issue 11): 100,000 Wi-Fi terminals and 5,000 fibre zones,
// generated from a seed inside the communes of Grande Terre, imported from GeoJSON and from
// GeoPackage by runImport (dry run and commit), each against the same rows written by one plain
// INSERT … SELECT from a jsonb array (no GDAL, no checks, no history); then each export format of
// the Wi-Fi layer so filled, against its GeoJSON query run directly.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import type { SignedIn } from '../../server/auth/current-account.ts';
import { createApp } from '../../server/app.ts';
import { geojsonExport } from '../../server/export/export-queries.ts';
import { LICENCE, type DownloadMetadata, type ExportCrs } from '../../server/export/open-data.ts';
import type { ImportProgress } from '../../server/imports/import-options.ts';
import { runImport } from '../../server/imports/run-import.ts';
import { layersById } from '../../server/layers/catalogue.ts';
import { medianMs } from './stats.ts';

export type InputKind = 'points' | 'polygons';
type Format = 'GeoJSON' | 'GeoPackage';

/** The stages as runImport tells them; a stage ends at its last event. */
export interface StageMs {
  /** GDAL: the file opened and converted to GeoJSON features. */
  reading: number;
  /** The mapping and schema checks in JavaScript, then the rows staged in the temp table. */
  staging: number;
  /** The PostGIS checks (type, extent, validity, commune, key) and the set-based writes. */
  checksAndWrites: number;
  /** Counts, rejections and the preview; for a dry run, the rollback too. */
  report: number;
  /** The derived figures refreshed, and the commit. */
  refreshAndCommit: number;
}

export interface ImportRow {
  kind: InputKind;
  format: Format | 'plain INSERT … SELECT';
  dryRun: boolean;
  features: number;
  ms: number;
  baselineMs: number;
  stages: StageMs | null;
  /** Where and why an import failed, with what it had done by then. */
  failure?: string;
}

export interface ExportRow {
  format: string;
  crs: ExportCrs;
  httpMs: number;
  sqlMs: number;
  bytes: number;
}

/** Mulberry32: a small seeded generator, so that every run imports the same files. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ImportInput {
  kind: InputKind;
  target: 'wifi-terminals' | 'fibre-zones';
  files: Record<Format, { name: string; bytes: Uint8Array }>;
  /** The rows in the layer's columns, for the plain INSERT. */
  rows: Record<string, unknown>[];
}

/** `n` points inside the communes of Grande Terre (not the islands), spread by area, with their commune. */
async function landPoints(db: Database, n: number, seed: number) {
  const rows = await db.rows<{ insee: string; lon: number; lat: number }>(sql`
    WITH land AS (SELECT insee, geom, ST_Area(geom) AS area FROM communes WHERE province <> 'ILES'),
         total AS (SELECT sum(area) AS area FROM land)
    SELECT l.insee, round(ST_X(p.geom)::numeric, 6)::float8 AS lon, round(ST_Y(p.geom)::numeric, 6)::float8 AS lat
    FROM land l CROSS JOIN total t
    CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(l.geom, ceil(${n} * l.area / t.area)::int, ${seed})) p
    ORDER BY l.insee, p.path`);
  return rows.slice(0, n);
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const day = (random: () => number) =>
  new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);

/** A hexagon of about `radiusM` metres around a point, counter-clockwise (RFC 7946). */
function hexagon(lon: number, lat: number, radiusM: number): number[][] {
  const dLat = radiusM / 111_320;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const ring = Array.from({ length: 6 }, (_, k) => [
    Number((lon + dLon * Math.cos((k * Math.PI) / 3)).toFixed(7)),
    Number((lat + dLat * Math.sin((k * Math.PI) / 3)).toFixed(7)),
  ]);
  return [...ring, ring[0]!];
}

async function writeInput(
  dir: string,
  kind: InputKind,
  features: { geometry: unknown; properties: Record<string, unknown> }[],
) {
  const base = join(dir, kind === 'points' ? 'bornes' : 'zones');
  const collection = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', ...f })),
  };
  await writeFile(`${base}.geojson`, JSON.stringify(collection));
  execFileSync('ogr2ogr', ['-f', 'GPKG', `${base}.gpkg`, `${base}.geojson`, '-nln', kind]);
  return {
    GeoJSON: { name: `${kind}.geojson`, bytes: new Uint8Array(await readFile(`${base}.geojson`)) },
    GeoPackage: { name: `${kind}.gpkg`, bytes: new Uint8Array(await readFile(`${base}.gpkg`)) },
  };
}

/** The two inputs, generated from the communes of `db`, written in a temp dir removed after. */
export async function generateInputs(
  db: Database,
  sizes: { points: number; polygons: number },
): Promise<ImportInput[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nc-bench-imports-'));
  try {
    return await generateInto(db, dir, sizes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function generateInto(
  db: Database,
  dir: string,
  sizes: { points: number; polygons: number },
): Promise<ImportInput[]> {
  const random = seeded(11);
  const terminals = (await landPoints(db, sizes.points, 11)).map((p, i) => {
    const status = pick(random, ['En service', 'En service', 'En service', 'Prévu', 'En maintenance']);
    const since = status === 'Prévu' ? null : day(random);
    const hours = pick(random, ['24h/24', '6h-22h', '7h-18h', '8h-17h']);
    return {
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        siteName: `Borne ${p.insee}-${i + 1}`,
        status,
        openingHours: hours,
        inServiceSince: since,
      },
      row: {
        site_name: `Borne ${p.insee}-${i + 1}`,
        commune_insee: p.insee,
        status: status === 'Prévu' ? 'planned' : status === 'En service' ? 'active' : 'maintenance',
        opening_hours: hours,
        in_service_since: since,
      },
    };
  });
  const statuses = { Prévu: 'planned', 'En études': 'studies', 'En travaux': 'works' } as const;
  const zones = (await landPoints(db, sizes.polygons, 12)).map((p, i) => {
    const statut = pick(random, Object.keys(statuses) as (keyof typeof statuses)[]);
    const properties = {
      nom: `Zone FTTH ${p.insee}-${i + 1}`,
      statut,
      annee: 2024 + Math.floor(random() * 7),
      locaux: 20 + Math.floor(random() * 800),
    };
    const geometry = { type: 'Polygon', coordinates: [hexagon(p.lon, p.lat, 100)] };
    return {
      geometry,
      properties,
      row: {
        name: properties.nom,
        commune_insee: p.insee,
        status: statuses[statut],
        planned_year: properties.annee,
        premises_passed: properties.locaux,
      },
    };
  });
  return [
    {
      kind: 'points',
      target: 'wifi-terminals',
      files: await writeInput(dir, 'points', terminals),
      rows: terminals.map((t) => ({ ...t.row, g: t.geometry })),
    },
    {
      kind: 'polygons',
      target: 'fibre-zones',
      files: await writeInput(dir, 'polygons', zones),
      rows: zones.map((z) => ({ ...z.row, g: z.geometry })),
    },
  ];
}

/** Rolls the baseline's transaction back, as a dry run does. */
class RolledBack extends Error {}

/** The same rows by one plain INSERT … SELECT from a jsonb array: no GDAL, checks nor history. */
function plainInsert(db: Database, input: ImportInput) {
  const rows = JSON.stringify(input.rows);
  const insert =
    input.kind === 'points'
      ? sql`INSERT INTO wifi_terminals (site_name, commune_insee, status, opening_hours, in_service_since, geom, source)
            SELECT r->>'site_name', r->>'commune_insee', (r->>'status')::wifi_status, r->>'opening_hours',
                   (r->>'in_service_since')::date, ST_SetSRID(ST_GeomFromGeoJSON(r->'g'), 4326), 'import'
            FROM jsonb_array_elements(${rows}::jsonb) r`
      : sql`INSERT INTO fibre_zones (name, commune_insee, status, planned_year, premises_passed, geom, source)
            SELECT r->>'name', r->>'commune_insee', (r->>'status')::fibre_zone_status, (r->>'planned_year')::int,
                   (r->>'premises_passed')::int, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r->'g'), 4326)), 'import'
            FROM jsonb_array_elements(${rows}::jsonb) r`;
  return db.orm
    .transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('app.via', 'seed', true)`);
      await tx.execute(sql`SET LOCAL statement_timeout = 0`);
      await tx.execute(insert);
      throw new RolledBack();
    })
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
}

/** What a commit added, taken away again (without history) so that every run starts alike. */
async function restore(db: Database, input: ImportInput) {
  const table = sql.identifier(input.kind === 'points' ? 'wifi_terminals' : 'fibre_zones');
  await db.orm.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('app.via', 'seed', true)`);
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`DELETE FROM ${table} WHERE source = 'import'`);
    await tx.execute(sql`DELETE FROM feature_history WHERE import_id IS NOT NULL`);
    await tx.execute(sql`DELETE FROM imports`);
  });
}

async function benchAccount(db: Database, email: string): Promise<SignedIn> {
  const made = await createAccount(db, {
    email,
    password: 'benchmark password',
    role: 'planner',
    commune: null,
  });
  return { ...made, sessionId: 0 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One import, timed by stage; a failure says at which stage, after how long, and why. */
async function timedImport(
  db: Database,
  account: SignedIn,
  input: ImportInput,
  format: Format,
  dryRun: boolean,
) {
  const started = performance.now();
  const last = new Map<ImportProgress['stage'], number>();
  let reached: ImportProgress | undefined;
  try {
    const report = await runImport(
      db,
      account,
      input.files[format],
      { target: input.target, dryRun },
      (p) => {
        last.set(p.stage, performance.now());
        reached = p;
      },
    );
    const end = performance.now();
    const { added, rejected } = report.counts;
    if (added !== input.rows.length) {
      const why = report.rejected.slice(0, 3).map((r) => `#${r.feature}: ${r.reason}`);
      throw new Error(`added ${added} of ${input.rows.length}, rejected ${rejected} (${why.join('; ')})`);
    }
    const at = (stage: ImportProgress['stage']) => last.get(stage) ?? NaN;
    const refreshing = dryRun ? end : at('refreshing');
    const stages: StageMs = {
      reading: at('reading') - started,
      staging: at('checking') - at('reading'),
      checksAndWrites: at('writing') - at('checking'),
      report: refreshing - at('writing'),
      refreshAndCommit: end - refreshing,
    };
    return { ms: end - started, stages };
  } catch (err) {
    const s = ((performance.now() - started) / 1000).toFixed(1);
    const where = reached ? `${reached.stage} (${reached.done} of ${reached.total})` : 'before reading';
    return { ms: NaN, stages: null, failure: `${where}, after ${s} s: ${String(err).slice(0, 300)}` };
  }
}

const medianStages = (all: StageMs[]): StageMs => {
  const keys = ['reading', 'staging', 'checksAndWrites', 'report', 'refreshAndCommit'] as const;
  return Object.fromEntries(keys.map((k) => [k, median(all.map((s) => s[k]))])) as unknown as StageMs;
};

export async function benchImports(db: Database, inputs: ImportInput[], runs: number): Promise<ImportRow[]> {
  const account = await benchAccount(db, 'bench-import@opt.nc');
  const rows: ImportRow[] = [];
  for (const input of inputs) {
    // One dry run warms GDAL and the plans, untimed (as medianMs does); one only, at 100,000 points.
    await timedImport(db, account, input, 'GeoPackage', true);
    const baselineMs = await medianMs(runs, () => plainInsert(db, input));
    const features = input.rows.length;
    rows.push({
      kind: input.kind,
      format: 'plain INSERT … SELECT',
      dryRun: true,
      features,
      ms: baselineMs,
      baselineMs,
      stages: null,
    });
    for (const format of ['GeoJSON', 'GeoPackage'] as const) {
      for (const dryRun of [true, false]) {
        const times: number[] = [];
        const stages: StageMs[] = [];
        let failure: string | undefined;
        for (let i = 0; i < runs && !failure; i++) {
          const run = await timedImport(db, account, input, format, dryRun);
          if (!dryRun) await restore(db, input);
          failure = run.failure;
          if (run.stages) {
            times.push(run.ms);
            stages.push(run.stages);
          }
        }
        rows.push({
          kind: input.kind,
          format,
          dryRun,
          features,
          ms: failure ? NaN : median(times),
          baselineMs,
          stages: failure ? null : medianStages(stages),
          ...(failure ? { failure } : {}),
        });
      }
    }
  }
  return rows;
}

/** Each format and CRS of the Wi-Fi layer after the points' import, against its GeoJSON query. */
export async function benchExports(db: Database, points: ImportInput, runs: number): Promise<ExportRow[]> {
  const account = await benchAccount(db, 'bench-export@opt.nc');
  await runImport(db, account, points.files.GeoJSON, { target: points.target, dryRun: false });
  const layer = layersById.get('wifi-terminals')!;
  const { app } = createApp(db);
  const rows: ExportRow[] = [];
  for (const crs of [4326, 3163] as const) {
    const metadata: DownloadMetadata = {
      title: layer.title,
      source: 'benchmark',
      licence: LICENCE,
      asOf: '2026-01-01',
      crs: `EPSG:${crs}`,
      sample: false,
    };
    const sqlMs = await medianMs(runs, () => geojsonExport(db, layer, {}, crs, metadata));
    for (const format of ['geojson', 'csv', 'gpkg']) {
      let bytes = 0;
      const httpMs = await medianMs(runs, async () => {
        const res = await app.request(`/api/export/wifi-terminals?format=${format}&crs=${crs}`);
        if (!res.ok) throw new Error(`export ${format} ${crs}: HTTP ${res.status} ${await res.text()}`);
        bytes = (await res.arrayBuffer()).byteLength;
      });
      rows.push({ format, crs, httpMs, sqlMs, bytes });
    }
  }
  return rows;
}
