// CQL2-JSON beyond the standard's examples: errors that name the JSON path, GeoJSON literals,
// and the limits (depth, IN list, coordinates, size) on input that has no text length to cap it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Cql2Error } from './errors.ts';
import { parseCql2Json } from './json-parser.ts';
import { MAX_COORDINATES, MAX_DEPTH, MAX_IN_LIST } from './limits.ts';

const op = (name: string, ...args: unknown[]) => ({ op: name, args });
const prop = (name: string) => ({ property: name });

function fails(json: unknown, message: string, path?: string) {
  assert.throws(
    () => parseCql2Json(json),
    (e: unknown) => {
      assert.ok(e instanceof Cql2Error, `a Cql2Error, got ${String(e)}`);
      assert.equal(e.message, message);
      if (path !== undefined) assert.equal(e.path, path);
      return true;
    },
  );
}

describe('shapes', () => {
  test('a boolean is a filter; op names are read in any case', () => {
    assert.deepEqual(parseCql2Json(true), { kind: 'constant', value: true });
    assert.deepEqual(parseCql2Json(op('ISNULL', prop('a'))), parseCql2Json(op('isNull', prop('a'))));
  });

  test('nested and / or of the same kind are flattened, as in the text encoding', () => {
    const a = op('=', prop('a'), 1);
    assert.deepEqual(parseCql2Json(op('and', a, op('and', a, a))), parseCql2Json(op('and', a, a, a)));
  });

  test('date and timestamp objects, checked', () => {
    assert.deepEqual(parseCql2Json(op('<', prop('t'), { timestamp: '1969-07-20T20:17:40Z' })), {
      kind: 'comparison',
      op: '<',
      left: { kind: 'property', name: 't' },
      right: { kind: 'timestamp', value: '1969-07-20T20:17:40Z' },
    });
    fails(
      op('=', prop('d'), { date: '1969-13-01' }),
      "CQL2 JSON: '1969-13-01' is not a date (yyyy-mm-dd) at args[1]",
      'args[1]',
    );
  });

  test('GeoJSON geometries of each type, and bbox', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const geometries = [
      { type: 'Point', coordinates: [1, 2] },
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      { type: 'Polygon', coordinates: [square] },
      {
        type: 'MultiPoint',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      { type: 'MultiPolygon', coordinates: [[square]] },
    ];
    for (const geometry of geometries)
      assert.deepEqual(parseCql2Json(op('s_intersects', prop('geom'), geometry)), {
        kind: 's_intersects',
        args: [
          { kind: 'property', name: 'geom' },
          { kind: 'geometry', geometry },
        ],
      });
    const collection = { type: 'GeometryCollection', geometries };
    const parsed = parseCql2Json(op('s_intersects', collection, prop('geom')));
    assert.deepEqual(parsed.kind === 's_intersects' && parsed.args[0], {
      kind: 'geometry',
      geometry: collection,
    });
  });
});

describe('errors name the JSON path', () => {
  test('unknown ops, wrong argument counts, missing args', () => {
    fails(
      op('and', op('=', prop('a'), 1), op('xyz', prop('b'))),
      'CQL2 JSON: function xyz() is not supported; this server offers no functions at args[1]',
      'args[1]',
    );
    fails(op('=', prop('a')), 'CQL2 JSON: "=" takes 2 arguments, got 1 at the top level', '');
    fails(
      op('and', op('=', prop('a'), 1)),
      'CQL2 JSON: "and" takes at least 2 arguments, got 1 at the top level',
    );
    fails({ op: 'not' }, 'CQL2 JSON: "not" needs an "args" array at the top level');
    fails('a = 1', 'CQL2 JSON: expected a boolean expression, found a string at the top level');
    fails(
      op('not', op('=', { property: '' }, 1)),
      'CQL2 JSON: "property" must be a non-empty string at args[0].args[0]',
    );
  });

  test('literals of the wrong shape', () => {
    fails(op('=', prop('a'), null), 'CQL2 JSON: expected a property or a literal, found null at args[1]');
    fails(
      op('in', prop('a'), 'x'),
      'CQL2 JSON: the second argument of "in" must be an array of values at args[1]',
    );
    fails(op('in', prop('a'), []), 'CQL2 JSON: an IN list needs at least one value at args[1]');
    fails(
      op('=', prop('a'), ['x']),
      'CQL2 JSON: array literals are not supported (array operators are not implemented) at args[1]',
    );
    fails(
      op('=', prop('a'), { bbox: [0, 0, 1, 1] }),
      'CQL2 JSON: a geometry literal can only be an argument of s_intersects at args[1]',
    );
  });

  test('3D positions and boxes, unclosed rings, unknown geometry types', () => {
    fails(
      op('s_intersects', prop('g'), { type: 'Point', coordinates: [1, 2, 3] }),
      'CQL2 JSON: 3D or measured coordinates are not supported; give [x, y] at args[1].coordinates',
    );
    fails(
      op('s_intersects', prop('g'), { bbox: [0, 0, 0, 1, 1, 1] }),
      'CQL2 JSON: a bbox of 6 numbers (3D) is not supported; give minx,miny,maxx,maxy at args[1]',
    );
    fails(
      op('s_intersects', prop('g'), {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
      'CQL2 JSON: invalid Polygon: a polygon ring must be closed (its last position equal to its first) at args[1]',
    );
    fails(
      op('s_intersects', prop('g'), { type: 'Circle', coordinates: [0, 0] }),
      "CQL2 JSON: unknown GeoJSON geometry type 'Circle' at args[1]",
    );
  });
});

describe('limits', () => {
  test(`nesting up to ${MAX_DEPTH} levels; far deeper fails with a Cql2Error, not a stack overflow`, () => {
    const nested = (levels: number) => {
      let e: unknown = op('=', prop('a'), 1);
      for (let i = 0; i < levels; i++) e = op('not', e);
      return e;
    };
    assert.doesNotThrow(() => parseCql2Json(nested(MAX_DEPTH)));
    assert.throws(() => parseCql2Json(nested(MAX_DEPTH + 1)), /nesting deeper than 50 levels/);
    assert.throws(() => parseCql2Json(nested(100_000)), Cql2Error);
  });

  test(`IN lists up to ${MAX_IN_LIST} values`, () => {
    const list = (n: number) =>
      op(
        'in',
        prop('a'),
        Array.from({ length: n }, (_, i) => i),
      );
    assert.doesNotThrow(() => parseCql2Json(list(MAX_IN_LIST)));
    fails(list(MAX_IN_LIST + 1), 'CQL2 JSON: an IN list of more than 1000 values at args[1]');
  });

  test(`geometries up to ${MAX_COORDINATES} coordinates`, () => {
    const points = (n: number) => ({
      type: 'MultiPoint',
      coordinates: Array.from({ length: n }, (_, i) => [i, i]),
    });
    assert.doesNotThrow(() => parseCql2Json(op('s_intersects', prop('g'), points(MAX_COORDINATES))));
    fails(
      op('s_intersects', prop('g'), points(MAX_COORDINATES + 1)),
      'CQL2 JSON: a geometry of more than 10000 coordinates at args[1]',
    );
  });

  test('a filter of too many values in all', () => {
    const wide = op('or', ...Array.from({ length: 30_000 }, () => op('=', prop('a'), 1)));
    assert.throws(() => parseCql2Json(wide), /a filter of more than 50000 JSON values/);
  });
});
