// The query of /collections/{id}/items, checked and turned into CQL2 conditions over the
// layer's table: limit and keyset paging (`after`, `before`), bbox (+ bbox-crs, Part 2), datetime, one
// parameter per queryable (Part 3, queryables-query-parameters), filter (+ filter-lang,
// filter-crs) and the response crs. Every condition goes through the CQL2 compiler, so a
// property's type and enum are checked in one place. Unknown parameters are refused (Part 1,
// /rec/core/query-param-unknown).
import type { SQL } from 'drizzle-orm';
import type { LayerDef } from '../layers/catalogue.ts';
import {
  compileCql2,
  Cql2Error,
  parseCql2Json,
  parseCql2Text,
  type Cql2Expression,
  type Literal,
} from './cql2/index.ts';
import { crsNamed, DEFAULT_CRS, SUPPORTED_CRS_URIS, type Crs } from './crs.ts';
import { parseDatetime } from './datetime.ts';
import { badParameter } from './exceptions.ts';
import { flipAxes } from './flip-axes.ts';
import { cql2Queryables, GEOMETRY, layerQueryables, temporalQueryable } from './queryables.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
const MAX_JSON_FILTER_LENGTH = 100_000;

/** The parameters every items request may carry, besides the layer's queryables. */
export const ITEMS_PARAMETERS = [
  'f',
  'limit',
  'after',
  'before',
  'bbox',
  'bbox-crs',
  'datetime',
  'filter',
  'filter-lang',
  'filter-crs',
  'crs',
] as const;

export interface ItemsQuery {
  limit: number;
  /** The last id of the previous page (keyset paging: stable under concurrent inserts and deletes). */
  after?: string | number;
  /** The first id of the next page: the page before it (the prev link). */
  before?: string | number;
  /** WHERE conditions over the layer's table, unaliased. */
  conditions: SQL[];
  crs: Crs;
}

/** The one value of each parameter; a parameter given twice is a 400. */
export function singleValues(queries: Record<string, string[]>): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, list] of Object.entries(queries)) {
    if (list.length !== 1) throw badParameter(name.slice(0, 40), 'given more than once; give it once');
    values.set(name, list[0] ?? '');
  }
  return values;
}

/** Refuses any parameter not in `allowed`. */
export function refuseUnknown(values: Map<string, string>, allowed: readonly string[]): void {
  for (const name of values.keys())
    if (!allowed.includes(name))
      throw badParameter(name.slice(0, 40), `unknown parameter; expected one of: ${allowed.join(', ')}`);
}

export function crsParameter(name: string, raw: string | undefined): Crs {
  if (raw === undefined) return DEFAULT_CRS;
  const crs = crsNamed(raw);
  if (!crs)
    throw badParameter(
      name,
      `unsupported CRS ${JSON.stringify(raw.slice(0, 80))}; expected one of: ${SUPPORTED_CRS_URIS.join(', ')}`,
    );
  return crs;
}

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT)
    throw badParameter(
      'limit',
      `expected an integer from 1 to ${MAX_LIMIT}, got ${JSON.stringify(raw.slice(0, 40))}`,
    );
  return Number(raw);
}

const BBOX_EXPECTED =
  'expected 4 (or 6, with heights) comma-separated numbers: lower left corner, then upper right';

/** The bbox as a CQL2 S_INTERSECTS, its corners in the bbox-crs's own axis order. */
function bboxCondition(raw: string, crs: Crs): Cql2Expression {
  const parts = raw.split(',');
  const numbers = parts.map((p) =>
    /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(p) ? Number(p) : NaN,
  );
  if (![4, 6].includes(numbers.length) || numbers.some((n) => !Number.isFinite(n)))
    throw badParameter('bbox', `${BBOX_EXPECTED}; got ${JSON.stringify(raw.slice(0, 80))}`);
  const [a, b, c, d] = numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers;
  const given = [a, b, c, d] as [number, number, number, number];
  // Checked as x, y; sent to the compiler in the CRS's own order (compiled() puts it right).
  const [minx, miny, maxx, maxy] = crs.latFirst ? [given[1], given[0], given[3], given[2]] : given;
  if (crs.srid === 4326) {
    const lonOk = [minx, maxx].every((x) => x >= -180 && x <= 180);
    const latOk = [miny, maxy].every((y) => y >= -90 && y <= 90);
    const order = crs.latFirst ? 'lat,lon,lat,lon' : 'lon,lat,lon,lat';
    if (!lonOk || !latOk)
      throw badParameter('bbox', `longitudes must be within ±180 and latitudes within ±90 (order ${order})`);
    if (miny > maxy)
      throw badParameter('bbox', `the lower latitude (${miny}) is above the upper one (${maxy})`);
  } else if (minx > maxx || miny > maxy) {
    throw badParameter('bbox', `the lower left corner is not below and left of the upper right one`);
  }
  return {
    kind: 's_intersects',
    args: [
      { kind: 'property', name: GEOMETRY },
      { kind: 'bbox', bbox: given },
    ],
  };
}

function datetimeCondition(layer: LayerDef, raw: string): Cql2Expression {
  const temporal = temporalQueryable(layer);
  if (!temporal) throw badParameter('datetime', `collection ${layer.id} has no date attribute to filter on`);
  const { from, to } = parseDatetime(raw);
  const property = { kind: 'property', name: temporal.name } as const;
  const bounds: Cql2Expression[] = [];
  if (from)
    bounds.push({ kind: 'comparison', op: '>=', left: property, right: { kind: 'date', value: from } });
  if (to) bounds.push({ kind: 'comparison', op: '<=', left: property, right: { kind: 'date', value: to } });
  return bounds.length === 1 && bounds[0] ? bounds[0] : { kind: 'and', args: bounds };
}

/** `status=active`: an equality on the queryable, its value read as the queryable's type. */
function propertyCondition(layer: LayerDef, name: string, raw: string): Cql2Expression {
  const queryable = layerQueryables(layer)[name];
  if (!queryable) throw new Error(`no queryable ${name}`);
  const property = { kind: 'property', name } as const;
  const equal = (right: Literal): Cql2Expression => ({ kind: 'comparison', op: '=', left: property, right });
  switch (queryable.type) {
    case 'integer':
    case 'number':
      if (!/^[-+]?\d+(\.\d+)?$/.test(raw))
        throw badParameter(name, `expected a number, got ${JSON.stringify(raw.slice(0, 40))}`);
      return equal({ kind: 'number', value: Number(raw) });
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw))
        throw badParameter(name, `expected a date yyyy-mm-dd, got ${JSON.stringify(raw.slice(0, 40))}`);
      return equal({ kind: 'date', value: raw });
    default:
      return equal({ kind: 'string', value: raw });
  }
}

function filterExpression(raw: string, lang: string | undefined): Cql2Expression {
  if (lang === undefined || lang === 'cql2-text') return parseCql2Text(raw);
  if (lang === 'cql2-json') {
    if (raw.length > MAX_JSON_FILTER_LENGTH)
      throw badParameter('filter', `a CQL2-JSON filter is at most ${MAX_JSON_FILTER_LENGTH} characters`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw badParameter('filter', 'filter-lang is cql2-json but the filter is not valid JSON');
    }
    return parseCql2Json(json);
  }
  throw badParameter(
    'filter-lang',
    `expected cql2-text or cql2-json, got ${JSON.stringify(lang.slice(0, 40))}`,
  );
}

/** Compiles one condition, prefixing a compiler complaint with the parameter it came from. */
function compiled(parameter: string, expression: Cql2Expression, layer: LayerDef, crs: Crs): SQL {
  const input = crs.latFirst ? flipAxes(expression) : expression;
  try {
    return compileCql2(input, cql2Queryables(layer), { filterCrsSrid: crs.srid });
  } catch (err) {
    if (err instanceof Cql2Error && parameter !== 'filter')
      throw badParameter(parameter, err.message.replace(/^CQL2: /, ''));
    throw err;
  }
}

export function itemsQuery(layer: LayerDef, values: Map<string, string>): ItemsQuery {
  const properties = Object.keys(layerQueryables(layer)).filter((name) => name !== GEOMETRY);
  refuseUnknown(values, [...ITEMS_PARAMETERS, ...properties]);
  const conditions: SQL[] = [];
  const bbox = values.get('bbox');
  const bboxCrs = crsParameter('bbox-crs', values.get('bbox-crs'));
  if (bbox !== undefined) conditions.push(compiled('bbox', bboxCondition(bbox, bboxCrs), layer, bboxCrs));
  const datetime = values.get('datetime');
  if (datetime !== undefined)
    conditions.push(compiled('datetime', datetimeCondition(layer, datetime), layer, DEFAULT_CRS));
  for (const name of properties) {
    const raw = values.get(name);
    if (raw !== undefined)
      conditions.push(compiled(name, propertyCondition(layer, name, raw), layer, DEFAULT_CRS));
  }
  const filter = values.get('filter');
  const filterCrs = crsParameter('filter-crs', values.get('filter-crs'));
  if (filter !== undefined)
    conditions.push(
      compiled('filter', filterExpression(filter, values.get('filter-lang')), layer, filterCrs),
    );
  else if (values.has('filter-lang')) filterExpression('TRUE', values.get('filter-lang'));
  const idIsText = layer.table === 'communes';
  const keyset = (name: 'after' | 'before', which: string): string | number | undefined => {
    const raw = values.get(name);
    if (raw === undefined) return undefined;
    if (!(idIsText ? /^988\d{2}$/ : /^\d{1,15}$/).test(raw))
      throw badParameter(
        name,
        `expected the id of the ${which} (${idIsText ? 'an INSEE code' : 'an integer'}); follow the page's links`,
      );
    return idIsText ? raw : Number(raw);
  };
  const after = keyset('after', 'last feature of the previous page');
  const before = keyset('before', 'first feature of the next page');
  if (after !== undefined && before !== undefined)
    throw badParameter('before', 'give after or before, not both: follow the next or the prev link');
  return {
    limit: limitOf(values.get('limit')),
    ...(after === undefined ? {} : { after }),
    ...(before === undefined ? {} : { before }),
    conditions,
    crs: crsParameter('crs', values.get('crs')),
  };
}
