// The canonical WKT written back from parsed geometries: one form whatever spacing or case came
// in, and read again to the same tree.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Geometry } from './ast.ts';
import { geometryToWkt } from './geometry.ts';
import { parseCql2Text } from './text-parser.ts';

const parsedGeometry = (wkt: string): Geometry => {
  const e = parseCql2Text(`S_INTERSECTS(g, ${wkt})`);
  if (e.kind !== 's_intersects' || e.args[1].kind !== 'geometry') throw new Error('not a geometry');
  return e.args[1].geometry;
};

const canonical: Record<string, string> = {
  'point ( 1.5  -2 )': 'POINT(1.5 -2)',
  'LineString(0 0, 1 1 ,2 0)': 'LINESTRING(0 0,1 1,2 0)',
  'POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))': 'POLYGON((0 0,4 0,4 4,0 0),(1 1,2 1,2 2,1 1))',
  'MULTIPOINT(1 2, 3 4)': 'MULTIPOINT((1 2),(3 4))',
  'MULTILINESTRING((0 0,1 1),(2 2,3 3))': 'MULTILINESTRING((0 0,1 1),(2 2,3 3))',
  'MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))':
    'MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))',
  'GEOMETRYCOLLECTION(POINT(1 2), GEOMETRYCOLLECTION(LINESTRING(0 0,1e3 1)))':
    'GEOMETRYCOLLECTION(POINT(1 2),GEOMETRYCOLLECTION(LINESTRING(0 0,1000 1)))',
};

test('each type is written in one canonical form', () => {
  for (const [input, wkt] of Object.entries(canonical))
    assert.equal(geometryToWkt(parsedGeometry(input)), wkt, input);
});

test('the canonical form reads back to the same tree', () => {
  for (const input of Object.keys(canonical)) {
    const geometry = parsedGeometry(input);
    assert.deepEqual(parsedGeometry(geometryToWkt(geometry)), geometry, input);
  }
});
