import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Geometry, Position } from 'geojson';
import * as schema from '../db/schema.ts';
import { insideExtent } from './land.ts';
import { generateSample } from './sample.ts';
import type { SampleData } from './sample-data.ts';
import { countBy, defaultSample } from './sample-fixture.ts';

const GOLDEN = new URL('./__golden__/sample-summary.json', import.meta.url);
const sample = defaultSample();
const layers = (Object.keys(sample) as (keyof SampleData)[]).filter(
  (k): k is Exclude<keyof SampleData, 'asOf' | 'provinces'> => k !== 'provinces' && k !== 'asOf',
);

/** Counts sorted by key, so that the golden file reads the same whatever the row order. */
const sortedCounts = <T>(rows: readonly T[], key: (row: T) => string) =>
  Object.fromEntries(Object.entries(countBy(rows, key)).sort(([a], [b]) => a.localeCompare(b)));

/** Counts per layer and per status (kind for settlements, level for schools) and a hash of it all. */
function summary(data: SampleData) {
  const json = JSON.stringify(data);
  return {
    seed: 'nc-sample-2019',
    scale: 1,
    counts: Object.fromEntries(layers.map((l) => [l, data[l].length])),
    byStatus: {
      settlements: sortedCounts(data.settlements, (r) => r.kind),
      fibreZones: sortedCounts(data.fibreZones, (r) => r.status),
      fibreCables: sortedCounts(data.fibreCables, (r) => `${r.kind} ${r.status}`),
      mobileSites: sortedCounts(data.mobileSites, (r) => r.status),
      poBoxBlocks: sortedCounts(data.poBoxBlocks, (r) => r.status),
      wifiTerminals: sortedCounts(data.wifiTerminals, (r) => r.status),
      schools: sortedCounts(data.schools, (r) => `${r.level} ${r.connection}`),
    },
    sha256: createHash('sha256').update(json).digest('hex'),
  };
}

test('the same seed gives the identical sample', () => {
  assert.equal(JSON.stringify(generateSample()), JSON.stringify(sample));
});

test('another seed gives another sample with the same communes', () => {
  const other = generateSample({ seed: 'another' });
  assert.notEqual(JSON.stringify(other.settlements), JSON.stringify(sample.settlements));
  assert.equal(JSON.stringify(other.communes), JSON.stringify(sample.communes));
});

test('the sample matches its golden summary (UPDATE=1 regenerates it)', () => {
  const fresh = summary(sample);
  if (process.env.UPDATE === '1') {
    mkdirSync(new URL('.', GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, `${JSON.stringify(fresh, null, 2)}\n`);
  }
  assert.ok(existsSync(GOLDEN), `${GOLDEN.pathname} is missing: run the tests once with UPDATE=1`);
  assert.deepEqual(fresh, JSON.parse(readFileSync(GOLDEN, 'utf8')));
});

test('scale multiplies the number of features', () => {
  const doubled = generateSample({ scale: 2 });
  assert.equal(doubled.communes.length, 33);
  for (const layer of [
    'settlements',
    'fibreZones',
    'mobileSites',
    'poBoxBlocks',
    'wifiTerminals',
    'schools',
  ] as const) {
    const ratio = doubled[layer].length / sample[layer].length;
    assert.ok(ratio > 1.6 && ratio < 2.4, `${layer}: ×${ratio.toFixed(2)}`);
  }
});

test('a scale that is not a positive number is refused', () => {
  for (const scale of [0, -1, Number.NaN, Infinity]) {
    assert.throws(() => generateSample({ scale }), /scale must be a number/);
  }
});

test('every enum value is one the database accepts', () => {
  const allowed = (e: { enumValues: readonly string[] }, value: string, what: string) =>
    assert.ok(e.enumValues.includes(value), `${what}: '${value}' not in ${e.enumValues.join('|')}`);
  for (const c of sample.communes) allowed(schema.provinceCode, c.province, c.name);
  for (const r of sample.settlements) allowed(schema.settlementKind, r.kind, r.name);
  for (const r of sample.fibreZones) allowed(schema.fibreZoneStatus, r.status, r.name);
  for (const r of sample.fibreCables) {
    allowed(schema.fibreCableStatus, r.status, r.name);
    allowed(schema.fibreCableKind, r.kind, r.name);
  }
  for (const r of sample.mobileSites) {
    allowed(schema.mobileSiteStatus, r.status, r.name);
    for (const tech of r.technologies) allowed(schema.mobileTechnology, tech, r.name);
  }
  for (const r of sample.poBoxBlocks) allowed(schema.poBoxStatus, r.status, r.name);
  for (const r of sample.wifiTerminals) allowed(schema.wifiStatus, r.status, r.siteName);
  for (const r of sample.schools) {
    allowed(schema.schoolLevel, r.level, r.name);
    allowed(schema.schoolConnection, r.connection, r.name);
  }
});

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

test('every coordinate is rounded to 6 decimals and inside the territory extent', () => {
  for (const layer of layers) {
    for (const row of sample[layer]) {
      const geoms: Geometry[] = [row.geom, ...('town' in row ? [row.town] : [])];
      for (const p of geoms.flatMap(positions)) {
        assert.ok(
          p.length === 2 && p.every((x) => Math.round(x * 1e6) / 1e6 === x),
          `${layer}: ${p.join(', ')}`,
        );
        assert.ok(insideExtent(p), `${layer}: ${p.join(', ')} outside NC_EXTENT`);
      }
    }
  }
});

test('provinces carry the official 2019 totals, Poya straddling Nord and Sud', () => {
  assert.deepEqual(
    sample.provinces.map((p) => [p.code, p.population2019]),
    [
      ['SUD', 203_144],
      ['NORD', 49_910],
      ['ILES', 18_353],
    ],
  );
});

test('every row names a commune of the sample', () => {
  const insee = new Set(sample.communes.map((c) => c.insee));
  for (const layer of layers) {
    if (layer === 'communes') continue;
    for (const row of sample[layer]) assert.ok(insee.has(row.communeInsee), `${layer}: ${row.communeInsee}`);
  }
});
