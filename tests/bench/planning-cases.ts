// The planners' endpoints (issue #3), each paired with the query functions behind it.
import { areaFigures } from '../../server/gaps/area.ts';
import { gapTotals, placesFeatureCollection, rankedGaps } from '../../server/gaps/queries.ts';
import { whiteZonesFeatureCollection } from '../../server/gaps/white-zones.ts';
import { communeFigures, provinceFigures, territoryFigures } from '../../server/stats/figures.ts';
import { rolloutByYear } from '../../server/stats/yearly.ts';
import type { EndpointCase } from './endpoints.ts';

const circle = { center: [166.45, -22.27] as [number, number], radiusM: 10_000 };

export const planningCases: EndpointCase[] = [
  ...(['fibre', '4g', 'mobile'] as const).map((technology) => ({
    name: `GET /api/gaps?technology=${technology}`,
    path: `/api/gaps?technology=${technology}`,
    direct: async (db: Parameters<EndpointCase['direct']>[0]) => {
      await rankedGaps(db, technology);
      await gapTotals(db, technology);
    },
  })),
  {
    name: 'GET /api/gaps?technology=4g&commune=98807',
    path: '/api/gaps?technology=4g&commune=98807',
    direct: async (db) => {
      await rankedGaps(db, '4g', { commune: '98807' });
      await gapTotals(db, '4g', '98807');
    },
  },
  { name: 'GET /api/gaps/places', path: '/api/gaps/places', direct: (db) => placesFeatureCollection(db) },
  {
    name: 'GET /api/gaps/white-zones?zoom=9',
    path: '/api/gaps/white-zones?zoom=9',
    direct: (db) => whiteZonesFeatureCollection(db, { zoom: 9 }),
  },
  {
    name: 'POST /api/gaps/area (10 km circle)',
    path: '/api/gaps/area',
    init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(circle) },
    direct: (db) => areaFigures(db, circle),
  },
  {
    name: 'GET /api/stats/communes',
    path: '/api/stats/communes',
    // The handler runs the four queries at once, as here.
    direct: (db) =>
      Promise.all([territoryFigures(db), rolloutByYear(db), provinceFigures(db), communeFigures(db)]),
  },
  {
    name: 'GET /api/stats/communes/98818',
    path: '/api/stats/communes/98818',
    direct: async (db) => {
      await communeFigures(db, '98818');
      await rolloutByYear(db, '98818');
    },
  },
];
