// One API dialect (issue 9): every field of every JSON answer, GeoJSON properties included, is
// camelCase; technologies are spelled 2g 3g 4g 5g, provinces SUD NORD ILES; no untyped `detail`
// outside error bodies. Walks the answers of every read endpoint on a small fixture.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { twoCommunes } from '../tests/fixtures/two-communes.ts';
import { useApi } from '../tests/support/api.ts';
import { testBackends } from '../tests/support/databases.ts';
import { layers } from './layers/catalogue.ts';

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
/** Objects keyed by data, not by field names: layer ids, enum values, parameter names. */
const DATA_KEYED = new Set(['counts', 'schoolsByConnection', 'filters']);
const TECHNOLOGY = /^(2g|3g|4g|5g|fibre|mobile)$/;
const PROVINCE = /^(SUD|NORD|ILES)$/;

function problems(value: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => problems(item, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (!CAMEL.test(key)) found.push(`${at}: not camelCase`);
      if (key === 'detail') found.push(`${at}: an untyped detail`);
      if (
        (key === 'technology' || key === 'technologies') &&
        ![child].flat().every((t) => TECHNOLOGY.test(String(t)))
      ) {
        found.push(`${at}: technology ${JSON.stringify(child)}`);
      }
      if (
        (key === 'province' || (key === 'code' && path.includes('provinces'))) &&
        !PROVINCE.test(String(child))
      ) {
        found.push(`${at}: province ${JSON.stringify(child)}`);
      }
      if (!DATA_KEYED.has(key)) problems(child, at, found);
    }
  }
  return found;
}

const endpoints = [
  '/api/health',
  '/api/config',
  '/api/glossary',
  '/api/layers',
  ...layers.map((l) => `/api/layers/${l.id}`),
  '/api/communes',
  '/api/communes/98818',
  '/api/communes/98818/coordination',
  '/api/gaps?technology=fibre',
  '/api/gaps?technology=4g&format=geojson',
  '/api/gaps/places',
  '/api/gaps/white-zones',
  '/api/stats/communes',
  '/api/stats/communes/98818',
  '/api/projects',
  '/api/search?q=noumea',
  '/api/wifi/nearest?lon=166.45&lat=-22.25',
  '/api/here?lon=166.45&lat=-22.25',
  '/api/here?lon=166.45&lat=-22.15',
];

for (const backend of testBackends()) {
  describe(`one API dialect (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    for (const path of endpoints) {
      test(`${path}: camelCase fields, one spelling per value`, async () => {
        const { status, body } = await api.json(path);
        assert.equal(status, 200);
        assert.deepEqual(problems(body, '', []).slice(0, 10), []);
      });
    }

    test('POST /api/gaps/area: camelCase fields', async () => {
      const res = await api.request('/api/gaps/area', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ center: [166.45, -22.25], radiusM: 5000 }),
      });
      assert.equal(res.status, 200);
      assert.deepEqual(problems(await res.json(), '', []), []);
    });

    test('layers filter by the technology as spelled everywhere: 4g, not 4G', async () => {
      const { status, body } = await api.json<{ features: unknown[] }>(
        '/api/layers/mobile-coverage?technology=4g',
      );
      assert.equal(status, 200);
      assert.ok(body.features.length > 0);
      const old = await api.json<{ parameter: string; detail: string }>(
        '/api/layers/mobile-coverage?technology=4G',
      );
      assert.equal(old.status, 400);
      assert.equal(old.body.parameter, 'technology');
      assert.match(old.body.detail, /2g, 3g, 4g, 5g/);
    });
  });
}
