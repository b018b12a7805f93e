// The conformance declaration (/ogc/conformance): exactly the classes this API implements and
// its tests exercise (OGC API Features Parts 1–3, CQL2 (OGC 21-065), and Part 4's writes (OGC 20-002),
// tested in writes.test.ts).
const FEATURES_1 = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf';
const FEATURES_2 = 'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf';
const FEATURES_3 = 'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf';
const FEATURES_4 = 'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf';
const CQL2 = 'http://www.opengis.net/spec/cql2/1.0/conf';

export const conformanceClasses: readonly string[] = [
  `${FEATURES_1}/core`,
  `${FEATURES_1}/geojson`,
  `${FEATURES_1}/oas30`,
  `${FEATURES_1}/html`,
  `${FEATURES_2}/crs`,
  `${FEATURES_3}/queryables`,
  `${FEATURES_3}/queryables-query-parameters`,
  `${FEATURES_3}/filter`,
  `${FEATURES_3}/features-filter`,
  `${FEATURES_4}/create-replace-delete`,
  `${FEATURES_4}/update`,
  `${FEATURES_4}/features`,
  `${CQL2}/cql2-text`,
  `${CQL2}/cql2-json`,
  `${CQL2}/basic-cql2`,
  `${CQL2}/advanced-comparison-operators`,
  `${CQL2}/case-insensitive-comparison`,
  `${CQL2}/basic-spatial-functions`,
];
