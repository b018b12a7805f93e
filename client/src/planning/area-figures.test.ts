import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destination } from '@turf/turf';
import type { Polygon } from 'geojson';
import {
  areaFigures,
  areaRequest,
  figuresAgree,
  isInside,
  shapeAreaKm2,
  shapeOutline,
  type AreaShape,
} from './area-figures.ts';
import type { PlaceProperties, Places } from './planning-api.ts';

const NOUMEA: [number, number] = [166.45, -22.27];

/** A place at `metres` from Nouméa's centre towards `bearing` degrees. */
function place(
  id: number,
  metres: number,
  bearing: number,
  properties: Partial<PlaceProperties> & Pick<PlaceProperties, 'kind'> & { people: number },
): Places['features'][number] {
  const point =
    metres === 0 ? NOUMEA : destination(NOUMEA, metres, bearing, { units: 'meters' }).geometry.coordinates;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: point },
    properties: {
      id,
      name: `Place ${id}`,
      category: properties.kind === 'school' ? 'primary' : 'village',
      communeInsee: '98818',
      fibre: false,
      g4: false,
      mobile: false,
      distanceFibreM: null,
      distance4gM: null,
      distanceMobileM: null,
      inhabitants: properties.kind === 'settlement' ? properties.people : null,
      pupils: properties.kind === 'school' ? properties.people : null,
      ...properties,
    },
  };
}

const places: Places = {
  type: 'FeatureCollection',
  features: [
    place(1, 0, 0, { kind: 'settlement', people: 1_000, fibre: true, g4: true, mobile: true }),
    place(2, 5_000, 0, { kind: 'settlement', category: 'tribu', people: 200, mobile: true }),
    place(3, 3_000, 90, { kind: 'school', people: 300, fibre: true, g4: true, mobile: true }),
    place(4, 9_990, 180, { kind: 'school', people: 40 }),
    place(5, 10_010, 270, { kind: 'settlement', people: 500, fibre: true, g4: true, mobile: true }),
  ],
};

const TEN_KM: AreaShape = { kind: 'circle', center: NOUMEA, radiusM: 10_000 };

/** A square of ±0.06° around Nouméa (about 6.2 km east–west, 6.7 km north–south). */
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [166.39, -22.33],
      [166.51, -22.33],
      [166.51, -22.21],
      [166.39, -22.21],
      [166.39, -22.33],
    ],
  ],
};

describe('isInside', () => {
  it('decides a circle by distance, metres either side of the radius', () => {
    const [, , , justInside, justOutside] = places.features;
    assert.equal(isInside(TEN_KM, justInside!), true);
    assert.equal(isInside(TEN_KM, justOutside!), false);
  });
});

describe('areaFigures', () => {
  it('counts what lies within 10 km and the shares covered', () => {
    assert.deepEqual(areaFigures(places, TEN_KM), {
      areaKm2: 314.159,
      population: 1_200,
      settlements: 2,
      tribus: 1,
      schools: 2,
      pupils: 340,
      covered: {
        fibre: { population: 1_000, share: 0.8333, schools: 1 },
        g4: { population: 1_000, share: 0.8333, schools: 1 },
        mobile: { population: 1_200, share: 1, schools: 1 },
      },
    });
  });

  it('counts what lies inside a polygon', () => {
    const figures = areaFigures(places, { kind: 'polygon', polygon: square });
    assert.deepEqual(
      [figures.population, figures.settlements, figures.schools, figures.pupils],
      [1_200, 2, 1, 300],
    );
    // 0.12° of longitude at 22.27° S by 0.12° of latitude.
    assert.ok(Math.abs(figures.areaKm2 - 164.6) < 1, `area ${figures.areaKm2}`);
  });

  it('says zero, not NaN, for an area where nobody lives', () => {
    const empty = areaFigures(places, { kind: 'circle', center: [168, -21], radiusM: 1_000 });
    assert.equal(empty.population, 0);
    assert.deepEqual(empty.covered.fibre, { population: 0, share: 0, schools: 0 });
  });
});

describe('shapeAreaKm2', () => {
  it('gives a circle π r² on the ground', () => {
    assert.ok(Math.abs(shapeAreaKm2(TEN_KM) - Math.PI * 100) < 0.01);
  });
});

describe('areaRequest', () => {
  it('sends a circle as centre and radius, a polygon as coordinate pairs', () => {
    assert.deepEqual(areaRequest(TEN_KM), { center: NOUMEA, radiusM: 10_000 });
    assert.deepEqual(areaRequest({ kind: 'polygon', polygon: square }), { polygon: square });
  });
});

describe('shapeOutline', () => {
  it('draws a circle whose vertices lie on the radius', () => {
    const ring = shapeOutline(TEN_KM).geometry.coordinates[0] ?? [];
    assert.equal(ring.length, 129);
    assert.ok(
      shapeAreaKm2({ kind: 'polygon', polygon: shapeOutline(TEN_KM).geometry }) < shapeAreaKm2(TEN_KM),
    );
  });
});

describe('figuresAgree', () => {
  const figures = areaFigures(places, TEN_KM);
  it('accepts the same counts with areas within 1%', () => {
    assert.equal(figuresAgree(figures, { ...figures, areaKm2: figures.areaKm2 * 1.009 }), true);
  });

  it('refuses areas 2% apart', () => {
    assert.equal(figuresAgree(figures, { ...figures, areaKm2: figures.areaKm2 * 1.02 }), false);
  });

  it('refuses one person or one covered school of difference', () => {
    assert.equal(figuresAgree(figures, { ...figures, pupils: figures.pupils + 1 }), false);
    const covered = { ...figures.covered, g4: { ...figures.covered.g4, schools: 0 } };
    assert.equal(figuresAgree(figures, { ...figures, covered }), false);
  });
});
