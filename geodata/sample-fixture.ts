// What the sample's tests share: the default sample, generated once per test process, and the
// assertions they all make (ranges, calendar days, points inside their commune).
import assert from 'node:assert/strict';
import type { Point } from 'geojson';
import { inArea } from './point-placement.ts';
import { generateSample } from './sample.ts';
import type { SampleData } from './sample-data.ts';
import { territory } from './territory.ts';

let cached: SampleData | undefined;

/** The sample with the default seed and scale 1. */
export function defaultSample(): SampleData {
  cached ??= generateSample();
  return cached;
}

export function assertBetween(value: number, min: number, max: number, what: string): void {
  assert.ok(value >= min && value <= max, `${what}: expected ${min}–${max}, got ${value}`);
}

/** A real calendar day 'YYYY-MM-DD' (no 2023-02-30), within the bounds when given. */
export function assertIsoDate(value: unknown, what: string, min = '1980-01-01', max = '2026-06-30'): void {
  assert.equal(typeof value, 'string', `${what}: expected a date string, got ${value}`);
  const day = value as string;
  const parsed = Date.parse(`${day}T00:00:00Z`);
  assert.ok(
    !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === day,
    `${what}: '${day}' is not a day`,
  );
  assert.ok(day >= min && day <= max, `${what}: ${day} outside ${min}…${max}`);
}

export function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** Every point lies strictly inside the commune it names, and inside no other. */
export function assertPointsInTheirCommune(
  rows: readonly { communeInsee: string; geom: Point; name?: string; siteName?: string }[],
  layer: string,
): void {
  const t = territory();
  for (const row of rows) {
    const label = `${layer} '${row.name ?? row.siteName}'`;
    assert.ok(
      inArea(row.geom.coordinates, t.commune(row.communeInsee).area),
      `${label} is outside ${row.communeInsee}`,
    );
    assert.equal(t.communeAt(row.geom.coordinates)?.insee, row.communeInsee, label);
  }
}
