// The public's endpoints (issue #5), each paired with the query function behind it.
import { whatIsHere } from '../../server/here/queries.ts';
import { searchPlaces } from '../../server/search/queries.ts';
import { nearestWifi } from '../../server/wifi/queries.ts';
import type { EndpointCase } from './endpoints.ts';

/** Poindimié's town, a spot in Lifou, and a typo. */
const POINDIMIE = { lon: 165.3342, lat: -20.938 };
const LIFOU = { lon: 167.26, lat: -20.92 };

export const publicCases: EndpointCase[] = [
  {
    name: 'GET /api/wifi/nearest (Poindimié, 5)',
    path: `/api/wifi/nearest?lon=${POINDIMIE.lon}&lat=${POINDIMIE.lat}&limit=5`,
    direct: (db) => nearestWifi(db, POINDIMIE.lon, POINDIMIE.lat, 5),
  },
  {
    name: 'GET /api/here (Lifou)',
    path: `/api/here?lon=${LIFOU.lon}&lat=${LIFOU.lat}`,
    direct: (db) => whatIsHere(db, LIFOU.lon, LIFOU.lat),
  },
  {
    name: 'GET /api/search?q=kone',
    path: '/api/search?q=kone',
    direct: (db) => searchPlaces(db, 'kone', 10),
  },
  {
    name: 'GET /api/search?q=Hiengene (typo)',
    path: '/api/search?q=Hiengene',
    direct: (db) => searchPlaces(db, 'Hiengene', 10),
  },
];
