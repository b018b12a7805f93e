// GET /api/gaps, /api/gaps/places, /api/gaps/white-zones and POST /api/gaps/area.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Database } from '../../db/connection.ts';
import { requireCommune } from '../communes/queries.ts';
import { httpError } from '../errors.ts';
import { jsonBody, validationHook } from '../validation.ts';
import { areaFigures, polygonProblem } from './area.ts';
import { gapsCsv, gapsFileName, gapsGeoJson } from './export.ts';
import { AREA_EXAMPLE, areaBody, gapsQuery, placesQuery, whiteZonesQuery } from './params.ts';
import { gapTotals, placesFeatureCollection, rankedGaps } from './queries.ts';
import { whiteZonesFeatureCollection } from './white-zones.ts';

const geoJson = { 'Content-Type': 'application/geo+json; charset=utf-8' };

export function gapRoutes(db: Database) {
  return new Hono()
    .get('/', zValidator('query', gapsQuery, validationHook), async (c) => {
      const { technology, commune, limit, format } = c.req.valid('query');
      if (commune) await requireCommune(db, commune);
      const ranked = await rankedGaps(db, technology, { commune, limit });
      if (format === 'csv' || format === 'geojson') {
        const body = format === 'csv' ? gapsCsv(ranked) : gapsGeoJson(ranked);
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : geoJson['Content-Type'];
        return c.body(body, 200, {
          'Content-Type': type,
          'Content-Disposition': `attachment; filename="${gapsFileName(technology, commune, format)}"`,
        });
      }
      const totals = await gapTotals(db, technology, commune);
      return c.json({ technology, commune: commune ?? null, totals, ranked });
    })
    .get('/places', zValidator('query', placesQuery, validationHook), async (c) => {
      const { commune } = c.req.valid('query');
      if (commune) await requireCommune(db, commune);
      return c.body(await placesFeatureCollection(db, commune), 200, geoJson);
    })
    .get('/white-zones', zValidator('query', whiteZonesQuery, validationHook), async (c) => {
      const { commune, zoom } = c.req.valid('query');
      if (commune) await requireCommune(db, commune);
      return c.body(await whiteZonesFeatureCollection(db, { commune, zoom }), 200, geoJson);
    })
    .post('/area', jsonBody(AREA_EXAMPLE), zValidator('json', areaBody, validationHook), async (c) => {
      const query = c.req.valid('json');
      if ('polygon' in query) {
        const problem = await polygonProblem(db, query.polygon);
        if (problem) {
          const expected = 'expected a valid polygon (simple rings, holes inside the outer ring)';
          throw httpError(400, `polygon: ${expected}; PostGIS finds: ${problem.slice(0, 80)}`, 'polygon');
        }
      }
      return c.json(await areaFigures(db, query));
    });
}
