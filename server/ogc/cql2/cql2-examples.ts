// Examples of OGC 21-065 (CQL2 1.0) that fall in the classes this server supports, each in
// CQL2-Text and CQL2-JSON, written out here by hand from the standard: the clause examples
// (anchors such as example_7_2) and the annex examples (schema/examples/text/exampleNN.txt).
// Both encodings of one example must parse to the same tree. The second list holds examples
// from the classes this server does not implement, with the operator the refusal must name.

export interface Cql2Example {
  name: string;
  text: string;
  json: unknown;
}

const property = (name: string) => ({ property: name });
const op = (name: string, ...args: unknown[]) => ({ op: name, args });

const TORONTO = [
  [43.5845, -79.5442],
  [43.6079, -79.4893],
  [43.5677, -79.4632],
  [43.6129, -79.3925],
  [43.6223, -79.3238],
  [43.6576, -79.3163],
  [43.7945, -79.1178],
  [43.8144, -79.1542],
  [43.8555, -79.1714],
  [43.7509, -79.639],
  [43.5845, -79.5442],
];
const TORONTO_WKT = TORONTO.map(([x, y]) => `${x} ${y}`).join(', ');

const WASHINGTON = [
  [-77.117938, 38.93686],
  [-77.040604, 39.995648],
  [-76.910536, 38.892912],
  [-77.039359, 38.791753],
  [-77.047906, 38.841462],
  [-77.034183, 38.840655],
  [-77.033142, 38.85749],
  [-77.117938, 38.93686],
];

export const supportedExamples: Cql2Example[] = [
  // Clause 6, Basic CQL2
  {
    name: 'example_8_3 (binary comparison)',
    text: "city='Toronto'",
    json: op('=', property('city'), 'Toronto'),
  },
  {
    name: 'example_8_3 (date comparison)',
    text: "updated >= date('1970-01-01')",
    json: op('>=', property('updated'), { date: '1970-01-01' }),
  },
  {
    name: 'example_8_7 (IS NOT NULL)',
    text: 'geometry IS NOT NULL',
    json: op('not', op('isNull', property('geometry'))),
  },
  // Clause 7, Advanced Comparison Operators
  { name: 'example_7_1 (LIKE)', text: "name LIKE 'Smith%'", json: op('like', property('name'), 'Smith%') },
  {
    name: 'example_7_2 (BETWEEN, lower-case and)',
    text: 'depth BETWEEN 100.0 and 150.0',
    json: op('between', property('depth'), 100.0, 150.0),
  },
  {
    name: 'example_7_3 (IN)',
    text: "cityName IN ('Toronto','Frankfurt','Tokyo','New York')",
    json: op('in', property('cityName'), ['Toronto', 'Frankfurt', 'Tokyo', 'New York']),
  },
  {
    name: 'example_7_3 (NOT IN)',
    text: 'category NOT IN (1,2,3,4)',
    json: op('not', op('in', property('category'), [1, 2, 3, 4])),
  },
  // Clause 7, Case-insensitive Comparison
  {
    name: 'example_7_4_casei',
    text: "CASEI(road_class) IN (CASEI('Οδος'),CASEI('Straße'))",
    json: op('in', op('casei', property('road_class')), [op('casei', 'Οδος'), op('casei', 'Straße')]),
  },
  // Clause 7, Basic Spatial Functions
  {
    name: 'example_7_5 (S_INTERSECTS with a point)',
    text: 'S_INTERSECTS(geometry,POINT(36.319836 32.288087))',
    json: op('s_intersects', property('geometry'), { type: 'Point', coordinates: [36.319836, 32.288087] }),
  },
  {
    name: 'example_8_1_b (bbox literal across the antimeridian)',
    text: 'S_INTERSECTS(geometry,BBOX(160.6,-55.95,-170,-25.89))',
    json: op('s_intersects', property('geometry'), { bbox: [160.6, -55.95, -170, -25.89] }),
  },
  {
    name: 'example_x_2 (S_INTERSECTS with a polygon)',
    text: `S_INTERSECTS(geometry,POLYGON((${TORONTO_WKT})))`,
    json: op('s_intersects', property('geometry'), { type: 'Polygon', coordinates: [TORONTO] }),
  },
  // Annex examples
  {
    name: 'example01',
    text: "landsat:scene_id = 'LC82030282019133LGN00'",
    json: op('=', property('landsat:scene_id'), 'LC82030282019133LGN00'),
  },
  {
    name: 'example02',
    text: "eo:instrument LIKE 'OLI%'",
    json: op('like', property('eo:instrument'), 'OLI%'),
  },
  {
    name: 'example03',
    text: "landsat:wrs_path IN ('153','154','15X')",
    json: op('in', property('landsat:wrs_path'), ['153', '154', '15X']),
  },
  {
    name: 'example04',
    text: 'eq:cloud_cover < 0.1 AND landsat:wrs_row=28 AND landsat:wrs_path=203',
    json: op(
      'and',
      op('<', property('eq:cloud_cover'), 0.1),
      op('=', property('landsat:wrs_row'), 28),
      op('=', property('landsat:wrs_path'), 203),
    ),
  },
  {
    name: 'example05b',
    text: 'eo:cloud_cover IN (0.1,0.2)',
    json: op('in', property('eo:cloud_cover'), [0.1, 0.2]),
  },
  {
    name: 'example06a',
    text: '    eo:cloud_cover BETWEEN 0.1 AND 0.2\nAND landsat:wrs_row=28\nAND landsat:wrs_path=203\n',
    json: op(
      'and',
      op('between', property('eo:cloud_cover'), 0.1, 0.2),
      op('=', property('landsat:wrs_row'), 28),
      op('=', property('landsat:wrs_path'), 203),
    ),
  },
  {
    name: 'example07',
    text: `eo_instruments LIKE 'OLI%'\n AND S_INTERSECTS(footprint,POLYGON((${TORONTO_WKT.replaceAll(', ', ',\n  ')})))`,
    json: op(
      'and',
      op('like', property('eo_instruments'), 'OLI%'),
      op('s_intersects', property('footprint'), { type: 'Polygon', coordinates: [TORONTO] }),
    ),
  },
  {
    name: 'example08',
    text:
      "    beamMode='ScanSAR Narrow'\nAND swathDirection='ascending'\nAND polarization='HH+VV+HV+VH'\n" +
      `AND s_intersects(geometry,POLYGON((${WASHINGTON.map(([x, y]) => `${x} ${y}`).join(',\n  ')})))`,
    json: op(
      'and',
      op('=', property('beamMode'), 'ScanSAR Narrow'),
      op('=', property('swathDirection'), 'ascending'),
      op('=', property('polarization'), 'HH+VV+HV+VH'),
      op('s_intersects', property('geometry'), { type: 'Polygon', coordinates: [WASHINGTON] }),
    ),
  },
  { name: 'example12', text: "owner LIKE 'Mike%'", json: op('like', property('owner'), 'Mike%') },
  {
    name: 'example13',
    text: "owner NOT LIKE '%Mike%'",
    json: op('not', op('like', property('owner'), '%Mike%')),
  },
  { name: 'example14', text: 'swimming_pool = true', json: op('=', property('swimming_pool'), true) },
  {
    name: 'example16',
    text: "swimming_pool=true AND (floors>5 \n OR  material LIKE 'brick%'\n OR  material LIKE '%brick')",
    json: op(
      'and',
      op('=', property('swimming_pool'), true),
      op(
        'or',
        op('>', property('floors'), 5),
        op('like', property('material'), 'brick%'),
        op('like', property('material'), '%brick'),
      ),
    ),
  },
  {
    name: 'example17',
    text: "(floors>5 AND material='brick') OR swimming_pool=true",
    json: op(
      'or',
      op('and', op('>', property('floors'), 5), op('=', property('material'), 'brick')),
      op('=', property('swimming_pool'), true),
    ),
  },
  {
    name: 'example18',
    text: 'NOT (floors<5) OR swimming_pool=true',
    json: op('or', op('not', op('<', property('floors'), 5)), op('=', property('swimming_pool'), true)),
  },
  {
    name: 'example19',
    text: "(owner LIKE 'mike%' OR owner LIKE 'Mike%') AND floors<4",
    json: op(
      'and',
      op('or', op('like', property('owner'), 'mike%'), op('like', property('owner'), 'Mike%')),
      op('<', property('floors'), 4),
    ),
  },
  {
    name: 'example24',
    text: 'S_INTERSECTS(geometry,POLYGON((-10.0 -10.0,10.0 -10.0,10.0 10.0,-10.0 -10.0)))',
    json: op('s_intersects', property('geometry'), {
      type: 'Polygon',
      coordinates: [
        [
          [-10, -10],
          [10, -10],
          [10, 10],
          [-10, -10],
        ],
      ],
    }),
  },
  {
    name: 'example26',
    text: "CASEI(road_class) IN (CASEI('Οδος'),CASEI('Straße'))",
    json: op('in', op('casei', property('road_class')), [op('casei', 'Οδος'), op('casei', 'Straße')]),
  },
  {
    name: 'example28',
    text: "CASEI(geophys:SURVEY_NAME) LIKE CASEI('%calcutta%')",
    json: op('like', op('casei', property('geophys:SURVEY_NAME')), op('casei', '%calcutta%')),
  },
  {
    name: 'example29',
    text: `"id" = 'fa7e1920-9107-422d-a3db-c468cbc5d6df'`,
    json: op('=', property('id'), 'fa7e1920-9107-422d-a3db-c468cbc5d6df'),
  },
  {
    name: 'example30',
    text: `"id" <> 'fa7e1920-9107-422d-a3db-c468cbc5d6df'`,
    json: op('<>', property('id'), 'fa7e1920-9107-422d-a3db-c468cbc5d6df'),
  },
  { name: 'example31', text: '"value" < 10', json: op('<', property('value'), 10) },
  { name: 'example33', text: '"value" <= 10', json: op('<=', property('value'), 10) },
  { name: 'example34', text: '"value" >= 10', json: op('>=', property('value'), 10) },
  { name: 'example35', text: `"name" LIKE 'foo%'`, json: op('like', property('name'), 'foo%') },
  {
    name: 'example36',
    text: `NOT "name" LIKE 'foo%'`,
    json: op('not', op('like', property('name'), 'foo%')),
  },
  { name: 'example37', text: '"value" BETWEEN 10 AND 20', json: op('between', property('value'), 10, 20) },
  {
    name: 'example38',
    text: 'NOT "value" BETWEEN 10 AND 20',
    json: op('not', op('between', property('value'), 10, 20)),
  },
  {
    name: 'example39',
    text: '"value" IN (1.0, 2.0, 3.0)',
    json: op('in', property('value'), [1.0, 2.0, 3.0]),
  },
  {
    name: 'example40',
    text: `NOT "value" IN ('a', 'b', 'c')`,
    json: op('not', op('in', property('value'), ['a', 'b', 'c'])),
  },
  { name: 'example41', text: '"value" IS NULL', json: op('isNull', property('value')) },
  { name: 'example42', text: 'NOT "value" IS NULL', json: op('not', op('isNull', property('value'))) },
  {
    name: 'example43',
    text: `(NOT "name" LIKE 'foo%' AND "value" > 10)`,
    json: op('and', op('not', op('like', property('name'), 'foo%')), op('>', property('value'), 10)),
  },
  {
    name: 'example44',
    text: '("value" IS NULL OR "value" BETWEEN 10 AND 20)',
    json: op('or', op('isNull', property('value')), op('between', property('value'), 10, 20)),
  },
];

export interface UnsupportedExample extends Cql2Example {
  /** What the refusal must name. */
  operator: string;
}

export const unsupportedExamples: UnsupportedExample[] = [
  {
    name: 'example_8_3 (function)',
    text: 'avg(windSpeed) < 4',
    json: op('<', op('avg', property('windSpeed')), 4),
    operator: 'avg()',
  },
  {
    name: 'example_8_3 (arithmetic)',
    text: 'balance-150.0 > 0',
    json: op('>', op('-', property('balance'), 150.0), 0),
    operator: "'-'",
  },
  {
    name: 'example_7_4_accenti',
    text: "ACCENTI(etat_vol) = ACCENTI('débárquér')",
    json: op('=', op('accenti', property('etat_vol')), op('accenti', 'débárquér')),
    operator: 'ACCENTI',
  },
  {
    name: 'example20 (temporal operator)',
    text: "T_BEFORE(built, DATE('2015-01-01'))",
    json: op('t_before', property('built'), { date: '2015-01-01' }),
    operator: 'T_BEFORE',
  },
  {
    name: 'example21',
    text: "T_AFTER(built,DATE('2012-06-05'))",
    json: op('t_after', property('built'), { date: '2012-06-05' }),
    operator: 'T_AFTER',
  },
  {
    name: 'example22 (intervals)',
    text: "T_DURING(INTERVAL(starts_at, ends_at), INTERVAL('2017-06-10T07:30:00Z', '2017-06-11T10:30:00Z'))",
    json: op(
      't_during',
      { interval: [property('starts_at'), property('ends_at')] },
      { interval: ['2017-06-10T07:30:00Z', '2017-06-11T10:30:00Z'] },
    ),
    operator: 'T_DURING',
  },
  {
    name: 'example25 (spatial operator other than S_INTERSECTS)',
    text: 'floors>5 AND S_WITHIN(geometry,BBOX(-118,33.8,-117.9,34))',
    json: op(
      'and',
      op('>', property('floors'), 5),
      op('s_within', property('geometry'), { bbox: [-118, 33.8, -117.9, 34] }),
    ),
    operator: 'S_WITHIN',
  },
  {
    name: 'example46',
    text: 'S_EQUALS(POLYGON ((-0.333333 89.0, -102.723546 -0.5, -179.0 -89.0, -0.333333 89.0)), "geometry")',
    json: op(
      's_equals',
      {
        type: 'Polygon',
        coordinates: [
          [
            [-0.333333, 89],
            [-102.723546, -0.5],
            [-179, -89],
            [-0.333333, 89],
          ],
        ],
      },
      property('geometry'),
    ),
    operator: 'S_EQUALS',
  },
  {
    name: 'example47',
    text: 'S_DISJOINT("geometry", MULTIPOLYGON (((144.022387 45.176126, -1.1 0.0, 180.0 47.808086, 144.022387 45.176126))))',
    json: op('s_disjoint', property('geometry'), {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [144.022387, 45.176126],
            [-1.1, 0],
            [180, 47.808086],
            [144.022387, 45.176126],
          ],
        ],
      ],
    }),
    operator: 'S_DISJOINT',
  },
  {
    name: 'S_CONTAINS (Spatial Functions class)',
    text: 'S_CONTAINS(geometry,POINT(1 2))',
    json: op('s_contains', property('geometry'), { type: 'Point', coordinates: [1, 2] }),
    operator: 'S_CONTAINS',
  },
  {
    name: 'A_CONTAINS (Array Functions class)',
    text: "A_CONTAINS(layer:ids, ('layers-ca','layers-us'))",
    json: op('a_contains', property('layer:ids'), ['layers-ca', 'layers-us']),
    operator: 'A_CONTAINS',
  },
];
