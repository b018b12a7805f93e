// Which CRS names a request may use (OGC API Features Part 2): the URIs of the collections'
// crs list, any EPSG dataset version (QGIS sends one), URNs; nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crsNamed, CRS84, EPSG_3163, EPSG_4326 } from './crs.ts';

test('the three URIs name their CRS, with the axis order of each', () => {
  assert.deepEqual(crsNamed(CRS84), { uri: CRS84, srid: 4326, latFirst: false });
  assert.deepEqual(crsNamed(EPSG_4326), { uri: EPSG_4326, srid: 4326, latFirst: true });
  assert.deepEqual(crsNamed(EPSG_3163), { uri: EPSG_3163, srid: 3163, latFirst: false });
});

test('an EPSG dataset version, https and URNs name the same CRS', () => {
  const names: [name: string, uri: string][] = [
    ['http://www.opengis.net/def/crs/EPSG/9.6.2/3163', EPSG_3163],
    ['https://www.opengis.net/def/crs/EPSG/0/4326', EPSG_4326],
    ['urn:ogc:def:crs:EPSG::3163', EPSG_3163],
    ['urn:ogc:def:crs:EPSG:9.8:4326', EPSG_4326],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', CRS84],
    ['http://www.opengis.net/def/crs/OGC/0/CRS84', CRS84],
  ];
  for (const [name, uri] of names) assert.equal(crsNamed(name)?.uri, uri, name);
});

test('any other CRS or text is refused', () => {
  for (const name of [
    'EPSG:4326',
    'http://www.opengis.net/def/crs/EPSG/0/3857',
    'http://www.opengis.net/def/crs/EPSG/0/CRS84',
    'http://www.opengis.net/def/crs/OGC/1.3/4326',
    'http://example.org/def/crs/EPSG/0/4326',
    `${EPSG_4326}x`,
    '',
  ])
    assert.equal(crsNamed(name), undefined, name);
});
