// OGC API – Features items (`BENCH_ONLY=ogc-items`): our /ogc against the same SQL sent directly
// and against MapServer 8 (FastCGI behind nginx, reading the same tables), for a point and a
// polygon layer at three views, one page holding the whole view. After every case has run once
// under load, untimed: median latency of one client (interleaved between the three), then
// requests/s under concurrent clients. Our server runs as its own process, on the server backend
// and then on the embedded one (no MapServer there).
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import type { Backend, Database, Executor } from '../../db/connection.ts';
import { layersById, type LayerDef } from '../../server/layers/catalogue.ts';
import type { BBox } from '../../server/layers/features.ts';
import { itemsQuery } from '../../server/ogc/items-query.ts';
import { itemsPage } from '../../server/ogc/items.ts';
import { startAppProcess, type AppProcess } from '../support/app-process.ts';
import { copyEmbeddedTemplate, openTestDatabase } from '../support/databases.ts';
import { mapserverUnavailable, startMapserver, type RunningMapserver } from '../support/mapserver.ts';
import { VIEWS } from './layers.ts';
import { compareItems, type FeatureCollection } from './ogc-answers.ts';
import { ogcMapfile } from './ogc-mapfile.ts';
import { interleavedMediansMs } from './stats.ts';
import { closedLoop, httpThroughput, type LoadShape, type Throughput } from './throughput.ts';

/**
 * The larger point layer, and the polygon layer whose features are one polygon each: MapServer
 * 8.0 writes an n-part MultiPolygon as n polygons that each repeat all n outer rings, which
 * would make it do other work than ours on mobile-coverage.
 */
export const OGC_LAYERS = ['mobile-sites', 'fibre-zones'];
/** One page holds every view: both servers do the whole work, and MapServer's offset bug never matters. */
const LIMIT = 1000;
/** The app's pool (openDatabase's default, which server/main.ts keeps): the direct SQL gets as many. */
const APP_POOL_SIZE = 10;

export interface OgcItemsOptions {
  runs: number;
  load: LoadShape;
  /** MapServer's FastCGI workers. */
  workers: number;
}

export interface OgcItemsRow {
  backend: Backend;
  layer: string;
  view: string;
  features: number;
  ms: { ours: number; sql: number; mapserver?: number };
  throughput: { ours: Throughput; sql: Throughput; mapserver?: Throughput };
  /** How MapServer's answer compares with ours (compareItems), when it ran. */
  differences?: string[];
}

export interface OgcItemsResult {
  rows: OgcItemsRow[];
  /** Why MapServer was left out, when it was. */
  mapserverSkipped?: string;
}

interface Case {
  layer: LayerDef;
  view: string;
  /** `f=json&limit=…&bbox=…`: what both servers are asked, and what the SQL is built from. */
  query: string;
}

function cases(): Case[] {
  return OGC_LAYERS.flatMap((id) => {
    const layer = layersById.get(id);
    if (!layer) throw new Error(`no layer ${id}`);
    return VIEWS.map(({ place, bbox }: { place: string; bbox: BBox }) => ({
      layer,
      view: place,
      query: `f=json&limit=${LIMIT}&bbox=${bbox.join(',')}`,
    }));
  });
}

/** The one statement our items handler sends for this query, taken from the handler's own code. */
async function capturedSql(db: Database, c: Case): Promise<SQL> {
  const statements: SQL[] = [];
  const recording: Database = {
    ...db,
    rows: <T extends Record<string, unknown>>(query: SQL, executor?: Executor) => {
      statements.push(query);
      return db.rows<T>(query, executor);
    },
  };
  const values = new Map(new URLSearchParams(c.query));
  await itemsPage(recording, c.layer, itemsQuery(c.layer, values));
  const [statement] = statements;
  if (!statement || statements.length !== 1)
    throw new Error(`expected one statement for ${c.layer.id}, got ${statements.length}`);
  return statement;
}

/** GET, the body read in full, over the caller's keep-alive agent: both servers meet one client. */
function get(agent: Agent, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { 'Accept-Encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode === 200) resolve(text);
        else reject(new Error(`${url}: HTTP ${res.statusCode} ${text.slice(0, 300)}`));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

interface Contenders {
  app: AppProcess;
  /** Runs a captured statement directly on the backend. */
  runSql: (statement: SQL) => Promise<unknown>;
  mapserver?: RunningMapserver | undefined;
}

/** One case on one backend: the URLs both servers are asked, the captured SQL, the answers compared. */
interface Prepared {
  case: Case;
  oursUrl: string;
  theirsUrl?: string | undefined;
  sql: () => Promise<unknown>;
  features: number;
  differences?: string[];
}

async function prepare(c: Case, db: Database, contenders: Contenders): Promise<Prepared> {
  const { app, mapserver } = contenders;
  const oursUrl = `${app.url}/ogc/collections/${c.layer.id}/items?${c.query}`;
  const theirsUrl = mapserver && `${mapserver.url}/collections/${c.layer.id}/items?${c.query}`;
  const agent = new Agent({ keepAlive: true });
  try {
    const getJson = async (url: string) => JSON.parse(await get(agent, url)) as FeatureCollection;
    const ours = await getJson(oursUrl);
    if (ours.numberReturned !== ours.numberMatched)
      throw new Error(`${c.layer.id} at ${c.view}: ${ours.numberMatched} features do not fit in one page`);
    const differences = theirsUrl ? compareItems(ours, await getJson(theirsUrl)) : undefined;
    const statement = await capturedSql(db, c);
    return {
      case: c,
      oursUrl,
      theirsUrl,
      sql: () => contenders.runSql(statement),
      features: ours.features.length,
      ...(differences ? { differences } : {}),
    };
  } finally {
    agent.destroy();
  }
}

async function throughputOf(p: Prepared, shape: LoadShape) {
  return {
    ours: await httpThroughput(p.oursUrl, shape),
    sql: await closedLoop(p.sql, shape),
    ...(p.theirsUrl ? { mapserver: await httpThroughput(p.theirsUrl, shape) } : {}),
  };
}

/** Latency of one client (interleaved), then throughput, of our items, the same SQL and MapServer's. */
async function measure(p: Prepared, options: OgcItemsOptions) {
  const { theirsUrl } = p;
  // An agent per case: a socket left idle through the load runs would outlive the app's
  // keep-alive (5 s), and reusing it as the app closes it is a hang-up, not an answer.
  const agent = new Agent({ keepAlive: true });
  const timed: Record<string, () => Promise<unknown>> = { ours: () => get(agent, p.oursUrl), sql: p.sql };
  if (theirsUrl) timed.mapserver = () => get(agent, theirsUrl);
  const medians = await interleavedMediansMs(options.runs, timed).finally(() => agent.destroy());
  return {
    layer: p.case.layer.id,
    view: p.case.view,
    features: p.features,
    ms: {
      ours: medians.ours ?? NaN,
      sql: medians.sql ?? NaN,
      ...(theirsUrl ? { mapserver: medians.mapserver ?? NaN } : {}),
    },
    throughput: await throughputOf(p, options.load),
    ...(p.differences ? { differences: p.differences } : {}),
  };
}

/**
 * Every case once under load, untimed, before any is measured: a fresh app process and a fresh
 * database answer slower for their first tens of seconds, which fell on whichever case came first.
 */
async function measureAll(db: Database, contenders: Contenders, options: OgcItemsOptions) {
  const prepared: Prepared[] = [];
  for (const c of cases()) prepared.push(await prepare(c, db, contenders));
  for (const p of prepared) await throughputOf(p, { ...options.load, seconds: 1, warmUpSeconds: 0 });
  const rows = [];
  for (const p of prepared) rows.push(await measure(p, options));
  return rows;
}

/** Starts what `fn` needs and stops it all afterwards, in reverse order, even when `fn` throws. */
async function withCleanups<T>(
  fn: (onStop: (stop: () => Promise<unknown>) => void) => Promise<T>,
): Promise<T> {
  const stops: (() => Promise<unknown>)[] = [];
  try {
    return await fn((stop) => stops.unshift(stop));
  } finally {
    for (const stop of stops) await stop().catch((err: unknown) => console.error('(cleanup failed)', err));
  }
}

async function benchServerBackend(options: OgcItemsOptions, skipMapserver: string | undefined) {
  return withCleanups(async (onStop) => {
    const db = await openTestDatabase('server', 'seeded');
    onStop(() => db.dispose());
    const databaseUrl = db.databaseUrl ?? '';
    const app = await startAppProcess({ DATABASE_URL: databaseUrl });
    onStop(() => app.stop());
    let mapserver: RunningMapserver | undefined;
    if (!skipMapserver) {
      const layers = OGC_LAYERS.map((id) => layersById.get(id)).filter((l) => l !== undefined);
      mapserver = await startMapserver({
        mapfile: (url) => ogcMapfile(layers, databaseUrl, url),
        workers: options.workers,
      });
      onStop(() => mapserver?.stop() ?? Promise.resolve());
    }
    const direct = postgres(databaseUrl, { max: APP_POOL_SIZE, onnotice: () => {} });
    onStop(() => direct.end({ timeout: 5 }));
    const dialect = new PgDialect();
    const runSql = (statement: SQL) => {
      const { sql, params } = dialect.sqlToQuery(statement);
      return direct.unsafe(sql, params as postgres.ParameterOrJSON<never>[]);
    };
    const rows = await measureAll(db, { app, runSql, mapserver }, options);
    return rows.map((row): OgcItemsRow => ({ backend: 'server', ...row }));
  });
}

async function benchEmbeddedBackend(options: OgcItemsOptions) {
  return withCleanups(async (onStop) => {
    const dataDir = await copyEmbeddedTemplate('seeded');
    onStop(() => rm(dataDir, { recursive: true, force: true }));
    const app = await startAppProcess({ DATA_DIR: dataDir });
    onStop(() => app.stop());
    // A copy of its own in this process: PGlite is in-process, the direct SQL runs here.
    const db = await openTestDatabase('embedded', 'seeded');
    onStop(() => db.dispose());
    const runSql = (statement: SQL) => db.rows(statement);
    const rows = await measureAll(db, { app, runSql }, options);
    return rows.map((row): OgcItemsRow => ({ backend: 'embedded', ...row }));
  });
}

export async function benchOgcItems(options: OgcItemsOptions): Promise<OgcItemsResult> {
  const mapserverSkipped = mapserverUnavailable();
  if (mapserverSkipped) console.error(`(ogc-items: MapServer left out: ${mapserverSkipped})`);
  const rows = [
    ...(await benchServerBackend(options, mapserverSkipped)),
    ...(await benchEmbeddedBackend(options)),
  ];
  return { rows, ...(mapserverSkipped ? { mapserverSkipped } : {}) };
}
