// The SQL text and parameters a filter compiles to, and the type and name checks that refuse a
// filter before it reaches the database.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PgDialect } from 'drizzle-orm/pg-core';
import { compileCql2, type CompileOptions } from './compile.ts';
import { Cql2Error } from './errors.ts';
import { parseCql2Json } from './json-parser.ts';
import type { Queryables } from './queryables.ts';
import { parseCql2Text } from './text-parser.ts';

const wifiQueryables: Queryables = {
  id: { type: 'integer', column: 'id' },
  site_name: { type: 'string', column: 'site_name' },
  status: { type: 'string', column: 'status', enumValues: ['active', 'maintenance', 'planned'] },
  opening_hours: { type: 'string', column: 'opening_hours' },
  in_service_since: { type: 'date', column: 'in_service_since' },
  updated_at: { type: 'timestamp', column: 'updated_at' },
  version: { type: 'number', column: 'version' },
  sample: { type: 'boolean', column: 'is_sample' },
  geometry: { type: 'geometry', column: 'geom' },
};

const dialect = new PgDialect();
const compiled = (text: string, options?: CompileOptions) => {
  const { sql, params } = dialect.sqlToQuery(compileCql2(parseCql2Text(text), wifiQueryables, options));
  return { sql, params };
};
const refuses = (text: string, message: string) =>
  assert.throws(
    () => compiled(text),
    (e: unknown) => e instanceof Cql2Error && e.message === message,
  );

describe('comparisons', () => {
  test('a string, parameterised', () => {
    assert.deepEqual(compiled("site_name = 'Borne d''Ouvéa'"), {
      sql: '"site_name" = $1::text',
      params: ["Borne d'Ouvéa"],
    });
  });

  test('each operator; a literal first flips the operator', () => {
    for (const op of ['=', '<>', '<', '<=', '>', '>='])
      assert.equal(compiled(`id ${op} 3`).sql, `"id" ${op} $1::bigint`);
    assert.deepEqual(compiled('3 < id'), { sql: '"id" > $1::bigint', params: [3] });
  });

  test('numbers, booleans, dates and timestamps get their types', () => {
    assert.deepEqual(compiled('id = 2.5'), { sql: '"id" = $1::double precision', params: [2.5] });
    assert.deepEqual(compiled('version >= 2'), { sql: '"version" >= $1::double precision', params: [2] });
    assert.deepEqual(compiled('sample = false'), { sql: '"is_sample" = $1::boolean', params: [false] });
    assert.deepEqual(compiled("in_service_since < DATE('2020-01-01')"), {
      sql: '"in_service_since" < $1::date',
      params: ['2020-01-01'],
    });
    assert.deepEqual(compiled("updated_at > TIMESTAMP('2024-05-01T08:00:00Z')"), {
      sql: '"updated_at" > $1::timestamptz',
      params: ['2024-05-01T08:00:00Z'],
    });
  });

  test('an enum compares as text and must name one of its values', () => {
    assert.deepEqual(compiled("status = 'active'"), { sql: '"status"::text = $1::text', params: ['active'] });
    refuses(
      "status = 'actif'",
      "CQL2: 'status' has no value 'actif'; it is one of active, maintenance, planned",
    );
    refuses(
      "status IN ('active', 'closed')",
      "CQL2: 'status' has no value 'closed'; it is one of active, maintenance, planned",
    );
    assert.equal(
      compiled("CASEI(status) = CASEI('ACTIVE')").sql,
      'lower("status"::text COLLATE "und-x-icu") = lower($1::text COLLATE "und-x-icu")',
    );
  });
});

describe('logic', () => {
  test('AND, OR and NOT keep the parsed grouping with parentheses', () => {
    assert.deepEqual(compiled("NOT (id = 1 OR site_name = 'a') AND sample = true"), {
      sql: '((NOT ("id" = $1::bigint OR "site_name" = $2::text)) AND "is_sample" = $3::boolean)',
      params: [1, 'a', true],
    });
    assert.equal(compiled('TRUE').sql, 'TRUE');
  });

  test('IS NULL and IS NOT NULL, on any type', () => {
    assert.equal(compiled('in_service_since IS NULL').sql, '"in_service_since" IS NULL');
    assert.equal(compiled('geometry IS NOT NULL').sql, '(NOT "geom" IS NULL)');
  });
});

describe('advanced comparison operators and CASEI', () => {
  test('LIKE escapes with a backslash; CASEI lowers both sides', () => {
    assert.deepEqual(compiled("site_name LIKE 'Borne\\_%'"), {
      sql: `"site_name" LIKE $1::text ESCAPE '\\'`,
      params: ['Borne\\_%'],
    });
    assert.deepEqual(compiled("CASEI(site_name) LIKE CASEI('%MOSELLE%')"), {
      sql: `lower("site_name" COLLATE "und-x-icu") LIKE lower($1::text COLLATE "und-x-icu") ESCAPE '\\'`,
      params: ['%MOSELLE%'],
    });
    assert.equal(compiled("site_name NOT LIKE 'x%'").sql, `(NOT "site_name" LIKE $1::text ESCAPE '\\')`);
  });

  test('CASEI on one side only still compares case-insensitively', () => {
    assert.equal(
      compiled("CASEI(site_name) = 'Borne'").sql,
      'lower("site_name" COLLATE "und-x-icu") = lower($1::text COLLATE "und-x-icu")',
    );
  });

  test('BETWEEN and IN', () => {
    assert.deepEqual(compiled('id BETWEEN 10 AND 20'), {
      sql: '"id" BETWEEN $1::bigint AND $2::bigint',
      params: [10, 20],
    });
    assert.deepEqual(compiled("in_service_since NOT BETWEEN DATE('2020-01-01') AND DATE('2021-01-01')"), {
      sql: '(NOT "in_service_since" BETWEEN $1::date AND $2::date)',
      params: ['2020-01-01', '2021-01-01'],
    });
    assert.deepEqual(compiled("CASEI(site_name) IN (CASEI('A'), CASEI('b'))"), {
      sql: 'lower("site_name" COLLATE "und-x-icu") IN (lower($1::text COLLATE "und-x-icu"), lower($2::text COLLATE "und-x-icu"))',
      params: ['A', 'b'],
    });
  });

  test('a LIKE pattern may not end with a lone escape character', () => {
    refuses("site_name LIKE 'a\\'", "CQL2: the LIKE pattern 'a\\' ends with the escape character '\\'");
    assert.doesNotThrow(() => compiled("site_name LIKE 'a\\\\'"));
  });
});

describe('spatial', () => {
  test('BBOX becomes ST_MakeEnvelope in 4326', () => {
    assert.deepEqual(compiled('S_INTERSECTS(geometry, BBOX(164, -23, 168.5, -19.5))'), {
      sql:
        'ST_Intersects("geom", ST_MakeEnvelope($1::double precision, $2::double precision, ' +
        '$3::double precision, $4::double precision, 4326))',
      params: [164, -23, 168.5, -19.5],
    });
  });

  test('a BBOX across the antimeridian is two envelopes', () => {
    const { sql, params } = compiled('S_INTERSECTS(geometry, BBOX(170, -30, -170, -10))');
    assert.match(
      sql,
      /^\(ST_Intersects\("geom", ST_MakeEnvelope\(.*\)\) OR ST_Intersects\("geom", ST_MakeEnvelope\(.*\)\)\)$/,
    );
    assert.deepEqual(params, [170, -30, 180, -10, -180, -30, -170, -10]);
  });

  test('WKT is written back canonically, as one parameter', () => {
    assert.deepEqual(compiled('S_INTERSECTS(geometry, polygon (( 164 -22 , 167 -22,167 -20, 164 -22 )))'), {
      sql: 'ST_Intersects("geom", ST_GeomFromText($1::text, 4326))',
      params: ['POLYGON((164 -22,167 -22,167 -20,164 -22))'],
    });
    const json = parseCql2Json({
      op: 's_intersects',
      args: [{ property: 'geometry' }, { type: 'MultiPoint', coordinates: [[165.5, -21.25]] }],
    });
    assert.deepEqual(dialect.sqlToQuery(compileCql2(json, wifiQueryables)).params, [
      'MULTIPOINT((165.5 -21.25))',
    ]);
  });

  test('another filter-crs is transformed to 4326', () => {
    assert.deepEqual(compiled('S_INTERSECTS(geometry, POINT(400000 250000))', { filterCrsSrid: 3163 }), {
      sql: 'ST_Intersects("geom", ST_Transform(ST_GeomFromText($1::text, $2::integer), 4326))',
      params: ['POINT(400000 250000)', 3163],
    });
    assert.match(
      compiled('S_INTERSECTS(geometry, BBOX(0, 0, 1, 1))', { filterCrsSrid: 3163 }).sql,
      /^ST_Intersects\("geom", ST_Transform\(ST_MakeEnvelope\(.*\$5::integer\), 4326\)\)$/,
    );
  });
});

describe('refusals', () => {
  test('an unknown property names the queryables', () => {
    refuses(
      'colour = 1',
      "CQL2: unknown property 'colour'; the queryables are: geometry, id, in_service_since, opening_hours, sample, site_name, status, updated_at, version",
    );
  });

  test('a literal of the wrong type', () => {
    refuses("id = '3'", "CQL2: 'id' is an integer property and cannot be compared with '3'");
    refuses('site_name = 3', "CQL2: 'site_name' is a string property and cannot be compared with 3");
    refuses(
      "in_service_since = '2020-01-01'",
      "CQL2: 'in_service_since' is a date property and cannot be compared with '2020-01-01'",
    );
    refuses('sample < true', "CQL2: 'sample' is a boolean property; only = and <> apply to it");
    refuses("CASEI(id) = CASEI('3')", "CQL2: CASEI needs a string property; 'id' is an integer");
    refuses('id LIKE 3', "CQL2: LIKE needs a string property; 'id' is an integer");
  });

  test('a string the database could not hold', () => {
    const json = parseCql2Json({ op: '=', args: [{ property: 'site_name' }, 'a\u0000b'] });
    assert.throws(
      () => compileCql2(json, wifiQueryables),
      /the string for 'site_name' contains a NUL character/,
    );
  });

  test('spatial operators need a geometry property, and geometries only go there', () => {
    refuses(
      'S_INTERSECTS(site_name, BBOX(0,0,1,1))',
      "CQL2: S_INTERSECTS needs a geometry property; 'site_name' is a string",
    );
    refuses(
      "geometry = 'POINT(1 2)'",
      "CQL2: 'geometry' is a geometry property: use S_INTERSECTS or IS NULL with it",
    );
  });

  test('property-property and literal-literal comparisons', () => {
    refuses('id = version', "CQL2: comparing two properties ('id', 'version') is not supported");
    refuses('1 = 1', 'CQL2: a comparison needs a property on one side');
    refuses('S_INTERSECTS(geometry, geometry)', 'CQL2: S_INTERSECTS of two properties is not supported');
  });

  test('a property name is matched exactly, never from the object prototype', () => {
    assert.throws(() => compiled('constructor = 1'), /unknown property 'constructor'/);
    assert.throws(() => compiled('ID = 1'), /unknown property 'ID'/);
  });
});
