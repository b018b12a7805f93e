// CQL2-Text beyond the standard's examples: precedence, keywords in any case, literals, WKT
// variants, errors that say where, and the limits that keep a filter from exhausting the server.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Cql2Expression } from './ast.ts';
import { Cql2Error } from './errors.ts';
import { MAX_COORDINATES, MAX_DEPTH, MAX_IN_LIST, MAX_TEXT_LENGTH } from './limits.ts';
import { parseCql2Text } from './text-parser.ts';

const eq = (name: string, value: number): Cql2Expression => ({
  kind: 'comparison',
  op: '=',
  left: { kind: 'property', name },
  right: { kind: 'number', value },
});

/** Asserts a Cql2Error with exactly this message and, when given, this position. */
function fails(text: string, message: string, position?: number) {
  assert.throws(
    () => parseCql2Text(text),
    (e: unknown) => {
      assert.ok(e instanceof Cql2Error, `a Cql2Error, got ${String(e)}`);
      assert.equal(e.message, message);
      if (position !== undefined) assert.equal(e.position, position);
      return true;
    },
  );
}

describe('precedence: NOT over AND over OR, parentheses over all', () => {
  test('a OR b AND c is a OR (b AND c)', () => {
    assert.deepEqual(parseCql2Text('a=1 OR b=2 AND c=3'), {
      kind: 'or',
      args: [eq('a', 1), { kind: 'and', args: [eq('b', 2), eq('c', 3)] }],
    });
  });

  test('NOT a AND b is (NOT a) AND b', () => {
    assert.deepEqual(parseCql2Text('NOT a=1 AND b=2'), {
      kind: 'and',
      args: [{ kind: 'not', arg: eq('a', 1) }, eq('b', 2)],
    });
  });

  test('parentheses regroup, and chains of one operator are flat', () => {
    assert.deepEqual(parseCql2Text('(a=1 OR b=2) AND c=3 AND (d=4 AND e=5)'), {
      kind: 'and',
      args: [{ kind: 'or', args: [eq('a', 1), eq('b', 2)] }, eq('c', 3), eq('d', 4), eq('e', 5)],
    });
  });

  test('BETWEEN keeps its own AND', () => {
    assert.deepEqual(parseCql2Text('x BETWEEN 1 AND 2 AND y=3'), {
      kind: 'and',
      args: [
        {
          kind: 'between',
          value: { kind: 'property', name: 'x' },
          low: { kind: 'number', value: 1 },
          high: { kind: 'number', value: 2 },
        },
        eq('y', 3),
      ],
    });
  });
});

describe('lexical rules', () => {
  test('keywords in any case', () => {
    assert.deepEqual(
      parseCql2Text("a is not null aNd b not like 'x%' Or casei(c) in (Casei('Y')) and d = TrUe"),
      parseCql2Text("a IS NOT NULL AND b NOT LIKE 'x%' OR CASEI(c) IN (CASEI('Y')) AND d = TRUE"),
    );
  });

  test('strings escape a quote by doubling it; double quotes name properties', () => {
    assert.deepEqual(parseCql2Text(`"site name" = 'Via dell''Avvento'`), {
      kind: 'comparison',
      op: '=',
      left: { kind: 'property', name: 'site name' },
      right: { kind: 'string', value: "Via dell'Avvento" },
    });
  });

  test('a quoted keyword is a property', () => {
    assert.deepEqual(parseCql2Text('"date" IS NULL'), {
      kind: 'isNull',
      value: { kind: 'property', name: 'date' },
    });
  });

  test('numbers: signs, decimals without a leading digit, exponents', () => {
    const right = (text: string) => {
      const e = parseCql2Text(`x = ${text}`);
      return e.kind === 'comparison' && e.right.kind === 'number' ? e.right.value : undefined;
    };
    assert.equal(right('-100'), -100);
    assert.equal(right('+3.14159'), 3.14159);
    assert.equal(right('.5'), 0.5);
    assert.equal(right('1.5E3'), 1500);
    assert.equal(right('2e-2'), 0.02);
  });

  test('a number beyond double precision is refused where it stands', () => {
    fails('x = 1e999', 'CQL2 text: the number 1e999 is out of range at character 5', 4);
  });

  test('TRUE and FALSE stand alone as filters, or compare', () => {
    assert.deepEqual(parseCql2Text('TRUE'), { kind: 'constant', value: true });
    assert.deepEqual(parseCql2Text('NOT false'), { kind: 'not', arg: { kind: 'constant', value: false } });
    assert.deepEqual(parseCql2Text('true = pool'), {
      kind: 'comparison',
      op: '=',
      left: { kind: 'boolean', value: true },
      right: { kind: 'property', name: 'pool' },
    });
  });

  test('DATE and TIMESTAMP literals; an impossible date is refused where it stands', () => {
    assert.deepEqual(parseCql2Text("t < TIMESTAMP('2015-01-01T00:00:00.5Z')"), {
      kind: 'comparison',
      op: '<',
      left: { kind: 'property', name: 't' },
      right: { kind: 'timestamp', value: '2015-01-01T00:00:00.5Z' },
    });
    fails("d = DATE('2023-02-30')", "CQL2 text: '2023-02-30' is not a date (yyyy-mm-dd) at character 10", 9);
    fails(
      "t = TIMESTAMP('2023-01-01 10:00:00')",
      "CQL2 text: '2023-01-01 10:00:00' is not a UTC timestamp (yyyy-mm-ddThh:mm:ssZ) at character 15",
    );
  });
});

describe('spatial literals', () => {
  const literal = (wkt: string) => {
    const e = parseCql2Text(`S_INTERSECTS(geom, ${wkt})`);
    return e.kind === 's_intersects' ? e.args[1] : undefined;
  };

  test('each WKT type, and MULTIPOINT with or without parentheses around its points', () => {
    assert.deepEqual(literal('POINT(1 2)'), {
      kind: 'geometry',
      geometry: { type: 'Point', coordinates: [1, 2] },
    });
    assert.deepEqual(literal('linestring(1 2, 3 4)'), {
      kind: 'geometry',
      geometry: {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    assert.deepEqual(literal('MULTIPOINT((1 2),(3 4))'), literal('MULTIPOINT(1 2, 3 4)'));
    assert.deepEqual(literal('MULTILINESTRING((1 2,3 4),(5 6,7 8))'), {
      kind: 'geometry',
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
      },
    });
    assert.deepEqual(literal('MULTIPOLYGON(((0 0,1 0,1 1,0 0)))'), {
      kind: 'geometry',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
    });
    assert.deepEqual(literal('GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(0 0,1 1))'), {
      kind: 'geometry',
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
    });
  });

  test('the literal may come first and the property may be quoted', () => {
    const e = parseCql2Text('S_INTERSECTS(BBOX(164,-23,168,-19), "geom")');
    assert.deepEqual(e, {
      kind: 's_intersects',
      args: [
        { kind: 'bbox', bbox: [164, -23, 168, -19] },
        { kind: 'property', name: 'geom' },
      ],
    });
  });

  test('3D, measured and empty geometries and 3D boxes are refused by name', () => {
    fails(
      'S_INTERSECTS(geom,POINT Z (1 2 3))',
      'CQL2 text: POINT Z / M (3D or measured geometries) is not supported at character 19',
    );
    fails(
      'S_INTERSECTS(geom,POINTM(1 2 3))',
      'CQL2 text: POINTM Z / M (3D or measured geometries) is not supported at character 19',
    );
    fails(
      'S_INTERSECTS(geom,POINT(1 2 3))',
      'CQL2 text: 3D or measured coordinates are not supported; give x y only at character 29',
    );
    fails('S_INTERSECTS(geom,POLYGON EMPTY)', 'CQL2 text: POLYGON EMPTY is not supported at character 19');
    fails(
      'S_INTERSECTS(geom,BBOX(1,2,3,4,5,6))',
      'CQL2 text: BBOX with 6 numbers (3D) is not supported; give minx,miny,maxx,maxy at character 19',
    );
    fails(
      'S_INTERSECTS(geom,BBOX(1,2,3))',
      'CQL2 text: BBOX needs 4 numbers (minx,miny,maxx,maxy), got 3 at character 19',
    );
  });

  test('rings must be closed and long enough; south must not be north of north', () => {
    fails(
      'S_INTERSECTS(geom,POLYGON((0 0,1 0,1 1,0 1)))',
      'CQL2 text: invalid POLYGON: a polygon ring must be closed (its last position equal to its first) at character 19',
    );
    fails(
      'S_INTERSECTS(geom,POLYGON((0 0,1 1,0 0)))',
      'CQL2 text: invalid POLYGON: a polygon ring needs at least 4 positions, got 3 at character 19',
    );
    fails(
      'S_INTERSECTS(geom,LINESTRING(0 0))',
      'CQL2 text: invalid LINESTRING: a linestring needs at least 2 positions, got 1 at character 19',
    );
    fails(
      'S_INTERSECTS(geom,BBOX(0,5,1,4))',
      'CQL2 text: BBOX miny (5) is greater than maxy (4) at character 19',
    );
  });

  test('a geometry literal outside S_INTERSECTS is refused', () => {
    fails(
      'geom = POINT(1 2)',
      'CQL2 text: a geometry literal (POINT) can only be an argument of S_INTERSECTS at character 8',
    );
  });
});

describe('errors say where', () => {
  test('a missing value after an operator', () => {
    fails(
      "city='Toronto' AND floors=",
      "CQL2 text: expected a value after '=' at character 27 (end of the filter)",
      26,
    );
    fails('floors = AND x = 1', "CQL2 text: expected a value after '=' at character 10, found 'AND'", 9);
  });

  test('a missing operator, a missing parenthesis, trailing input', () => {
    fails(
      'floors 5',
      "CQL2 text: expected a comparison operator, LIKE, BETWEEN, IN or IS NULL after 'floors' at character 8, found '5'",
    );
    fails('(a = 1', "CQL2 text: expected ')' after '1' at character 7 (end of the filter)");
    fails(
      'a = 1 b = 2',
      "CQL2 text: expected AND, OR or the end of the filter after '1' at character 7, found 'b'",
    );
    fails('a NOT = 1', "CQL2 text: expected LIKE, BETWEEN or IN after 'NOT' at character 7, found '='");
    fails('a IS NOT 1', "CQL2 text: expected NULL after 'NOT' at character 10, found '1'");
    fails('', 'CQL2 text: expected a filter expression at character 1 (end of the filter)');
  });

  test('unknown characters and unterminated strings', () => {
    fails('a != 1', "CQL2 text: unexpected character '!' (use '<>' for not equal) at character 3", 2);
    fails("a = 'open", 'CQL2 text: unterminated string starting at character 5', 4);
    fails('"a = 1', 'CQL2 text: unterminated quoted property name starting at character 1', 0);
  });

  test('positions count characters, not UTF-16 units', () => {
    // The two emoji are four UTF-16 units: position is the offset 16, the message says character 15.
    fails(
      "nom = '🏝🏝' AND",
      "CQL2 text: expected a predicate after 'AND' at character 15 (end of the filter)",
      16,
    );
  });
});

describe('limits', () => {
  test(`a filter longer than ${MAX_TEXT_LENGTH} characters`, () => {
    const text = `a = '${'x'.repeat(MAX_TEXT_LENGTH)}'`;
    fails(text, `CQL2 text: a filter longer than ${MAX_TEXT_LENGTH} characters (${text.length})`);
  });

  test(`nesting up to ${MAX_DEPTH} levels, not one more, and no stack overflow far beyond`, () => {
    const nested = (levels: number) => `${'('.repeat(levels)}a = 1${')'.repeat(levels)}`;
    assert.deepEqual(parseCql2Text(nested(MAX_DEPTH)), eq('a', 1));
    fails(
      nested(MAX_DEPTH + 1),
      `CQL2 text: nesting deeper than ${MAX_DEPTH} levels at character ${MAX_DEPTH + 1}`,
    );
    assert.throws(() => parseCql2Text('NOT '.repeat(2400) + 'a = 1'), Cql2Error);
    assert.throws(() => parseCql2Text(`${'CASEI('.repeat(1600)}a${')'.repeat(1600)} = 'x'`), Cql2Error);
  });

  test(`IN lists up to ${MAX_IN_LIST} values`, () => {
    const list = (n: number) => `a IN (${Array.from({ length: n }, (_, i) => i).join(',')})`;
    const e = parseCql2Text(list(MAX_IN_LIST));
    assert.equal(e.kind === 'in' ? e.list.length : 0, MAX_IN_LIST);
    assert.throws(() => parseCql2Text(list(MAX_IN_LIST + 1)), /an IN list of more than 1000 values/);
  });

  test(`WKT cannot reach ${MAX_COORDINATES} coordinates: the length limit stops it first`, () => {
    // The coordinate limit itself is tested with CQL2-JSON, which has no length limit.
    const points = Array.from({ length: MAX_COORDINATES + 1 }, () => '0 0').join(',');
    assert.throws(
      () => parseCql2Text(`S_INTERSECTS(g, MULTIPOINT(${points}))`),
      /longer than 10000 characters/,
    );
  });
});
