// The "realistic mix" of requests that load tests and the capacity benchmark send (issue #8):
// what the three kinds of users do, weighted per 100 requests. Read-only GETs, as all of today's
// traffic is. Requests are drawn from a seeded stream, so two runs send the same sequence.
import { layers as catalogue } from '../../server/layers/catalogue.ts';
import seedrandom from 'seedrandom';
import { loadCommuneFacts, type LonLat } from '../../geodata/communes.ts';

export type UserKind = 'public' | 'planner' | 'commune';

interface RequestKind {
  user: UserKind;
  /** Requests of this kind per 100. */
  weight: number;
  path: (pick: Pick) => string;
}

interface Pick {
  one<T>(items: readonly T[]): T;
  /** A point within `radiusDeg` of the given one. */
  near(point: LonLat, radiusDeg: number): LonLat;
  chance(probability: number): boolean;
}

const communes = loadCommuneFacts();
const towns = communes.map((c) => c.town);
/** Most people live in Greater Nouméa: half of the public's spots are there. */
const noumea = communes.find((c) => c.insee === '98818')?.town ?? [166.45, -22.27];
const LAYERS = catalogue.map((layer) => layer.id);
/** Half-width and half-height (degrees) of what a 1280×800 screen shows at a zoom. */
const VIEW_SPANS: { zoom: number; dLon: number; dLat: number }[] = [
  { zoom: 8, dLon: 1.75, dLat: 1.1 },
  { zoom: 11, dLon: 0.22, dLat: 0.14 },
  { zoom: 13, dLon: 0.055, dLat: 0.035 },
  { zoom: 15, dLon: 0.014, dLat: 0.009 },
];
/** What people type: a name's first letters as they type it, or the whole name without accents. */
const searchTerms = communes.flatMap((c) => {
  const plain = c.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [plain.slice(0, 3), plain.slice(0, 5), plain];
});
const fixed = (n: number) => n.toFixed(5);

const publicSpot = (p: Pick): LonLat => (p.chance(0.5) ? p.near(noumea, 0.08) : p.near(p.one(towns), 0.03));

export const requestKinds: RequestKind[] = [
  // The public (55): the phone view asks what a spot gets, the nearest Wi-Fi, and searches as one
  // types (several requests per search).
  { user: 'public', weight: 15, path: (p) => `/api/here?lon=${publicSpot(p).map(fixed).join('&lat=')}` },
  {
    user: 'public',
    weight: 20,
    path: (p) => {
      const [lon, lat] = publicSpot(p);
      return `/api/wifi/nearest?lon=${fixed(lon)}&lat=${fixed(lat)}&limit=5`;
    },
  },
  { user: 'public', weight: 20, path: (p) => `/api/search?q=${encodeURIComponent(p.one(searchTerms))}` },
  // Planners (35): every pan or zoom of the map fetches the visible layers for the new bbox; the
  // gaps table and the key figures now and then.
  {
    user: 'planner',
    weight: 27,
    path: (p) => {
      const { zoom, dLon, dLat } = p.one(VIEW_SPANS);
      const [lon, lat] = p.near(p.one(towns), 0.05);
      const bbox = [lon - dLon, lat - dLat, lon + dLon, lat + dLat].map(fixed).join(',');
      return `/api/layers/${p.one(LAYERS)}?bbox=${bbox}&zoom=${zoom}`;
    },
  },
  {
    user: 'planner',
    weight: 4,
    path: (p) => {
      const technology = p.one(['fibre', '4g', 'mobile']);
      return p.chance(0.5)
        ? `/api/gaps?technology=${technology}`
        : `/api/gaps?technology=${technology}&commune=${p.one(communes).insee}`;
    },
  },
  { user: 'planner', weight: 4, path: () => '/api/stats/communes' },
  // Communes (10): their projects list and the works to pool.
  { user: 'commune', weight: 6, path: (p) => `/api/projects?commune=${p.one(communes).insee}` },
  {
    user: 'commune',
    weight: 4,
    path: (p) => `/api/communes/${p.one(communes).insee}/coordination?distance=${p.one([50, 100, 200])}`,
  },
];

/** A seeded stream of request paths following the weights. */
export function realisticMix(seed = 'realistic-mix'): () => string {
  const random = seedrandom(seed);
  const pick: Pick = {
    one: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T,
    near: ([lon, lat], radiusDeg) => [
      lon + (random() * 2 - 1) * radiusDeg,
      lat + (random() * 2 - 1) * radiusDeg,
    ],
    chance: (probability) => random() < probability,
  };
  const total = requestKinds.reduce((sum, kind) => sum + kind.weight, 0);
  return () => {
    let ticket = random() * total;
    for (const kind of requestKinds) {
      ticket -= kind.weight;
      if (ticket < 0) return kind.path(pick);
    }
    return requestKinds[0]?.path(pick) ?? '/api/health';
  };
}
