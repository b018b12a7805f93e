import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSample } from '../sample-fixture.ts';
import { SAMPLE_DATE } from './fibre-zones.ts';

const sample = defaultSample();

test('the sample stands at its date: nothing actually started or ended after it', () => {
  assert.equal(sample.asOf, SAMPLE_DATE);
  const after = sample.projects.filter(
    (p) => (p.actualStart ?? '') > SAMPLE_DATE || (p.actualEnd ?? '') > SAMPLE_DATE,
  );
  assert.deepEqual(
    after.map((p) => p.title),
    [],
  );
});

test('every fibre zone built by a project takes its planned year and deployment date from it', () => {
  const linked = sample.projects.filter((p) => p.layerId === 'fibre-zones' && p.status !== 'cancelled');
  assert.ok(linked.length >= 40, `${linked.length} linked zones`);
  for (const p of linked) {
    const zone = sample.fibreZones[(p.featureId ?? 0) - 1];
    assert.ok(zone, p.title);
    assert.equal(zone.plannedYear, Number(p.plannedEnd.slice(0, 4)), p.title);
    assert.equal(zone.deployedOn ?? null, p.status === 'done' ? p.actualEnd : null, p.title);
    if (p.status === 'done') assert.equal(zone.status, 'deployed', p.title);
    else assert.equal(zone.status === 'works', p.status === 'works' || p.actualStart != null, p.title);
  }
});

test('some projects are late at the sample date, some of them since a past year', () => {
  const late = sample.projects.filter((p) => p.status === 'delayed');
  assert.ok(late.length >= 10, `${late.length} late`);
  assert.ok(late.some((p) => p.plannedEnd < '2026-01-01'));
});
