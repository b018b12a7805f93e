// Public Wi-Fi terminals: a few hundred metres from a settlement, at the places people gather
// (town hall, market, bus station, marina, community house).
import { randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { SettlementRow, WifiTerminalRow } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { SAMPLE_DATE } from './fibre-zones.ts';
import { NOUMEA, scaledCount } from './commune-profiles.ts';
import { createNameMaker, ofPlace, type NameMaker } from './place-names.ts';

/** Terminals per town; towns not listed get one, most of the time. */
const TOWN_TERMINALS: Readonly<Record<string, number>> = {
  '98818': 14, // Nouméa
  '98805': 4, // Dumbéa
  '98817': 4, // Mont-Dore
  '98821': 3, // Païta
  '98811': 3, // Koné
  '98814': 2, // Lifou
};

const TOWN_SITES = [
  (p: string) => `Mairie ${ofPlace(p)}`,
  (p: string) => `Place du marché ${ofPlace(p)}`,
  (p: string) => `Gare routière ${ofPlace(p)}`,
  (p: string) => `Médiathèque ${ofPlace(p)}`,
  (p: string) => `Stade ${ofPlace(p)}`,
  (p: string) => `Front de mer ${ofPlace(p)}`,
  (p: string) => `Marina ${ofPlace(p)}`,
] as const;
/** Districts of a big town get invented names: 'Parc Kawéno', 'Plage de Tiramo'. */
const DISTRICT_SITES = [
  (d: string) => `Parc ${d}`,
  (d: string) => `Plage ${ofPlace(d)}`,
  (d: string) => `Place ${d}`,
  (d: string) => `Centre commercial ${d}`,
] as const;
const VILLAGE_SITES = [
  (p: string) => `Place ${ofPlace(p)}`,
  (p: string) => `Maison commune ${ofPlace(p)}`,
  (p: string) => `Dispensaire ${ofPlace(p)}`,
] as const;

const OPENING_HOURS = [
  ['24/7', 4],
  ['06:00–22:00', 3],
  ['07:00–19:00', 2],
  ['08:00–18:00', 2],
  ['07:30–16:30', 1],
] as const;

interface Terminal {
  siteName: string;
  /** The settlement it is near. */
  near: SettlementRow;
}

/**
 * Names for `count` terminals of one settlement, without repeats. A big town's extra terminals
 * go to its districts, near one of the commune's villages or the town itself.
 */
function terminals(
  random: Random,
  s: SettlementRow,
  count: number,
  districts: NameMaker,
  anchors: readonly SettlementRow[],
): Terminal[] {
  const pool =
    s.kind === 'town'
      ? [
          ...(s.communeInsee === NOUMEA ? ['Place des Cocotiers'] : []),
          ...random.shuffle(TOWN_SITES).map((f) => f(s.name)),
        ]
      : s.kind === 'village'
        ? random.shuffle(VILLAGE_SITES).map((f) => f(s.name))
        : [`Maison commune, ${s.name}`];
  const out: Terminal[] = pool.slice(0, count).map((siteName) => ({ siteName, near: s }));
  while (out.length < count) {
    out.push(
      s.kind === 'town'
        ? { siteName: random.pick(DISTRICT_SITES)(districts()), near: random.pick(anchors) }
        : { siteName: `${pool[0]} ${out.length + 1}`, near: s },
    );
  }
  return out;
}

function terminalCount(random: Random, s: SettlementRow, scale: number): number {
  if (s.kind === 'town') return scaledCount(random, (TOWN_TERMINALS[s.communeInsee] ?? 0.9) * scale);
  return scaledCount(random, s.kind === 'village' ? 0.25 : 0.04);
}

export function generateWifiTerminals(
  t: Territory,
  random: Random,
  scale: number,
  settlements: readonly SettlementRow[],
): WifiTerminalRow[] {
  const districts = createNameMaker(
    random.fork('districts'),
    t.communes.map((c) => c.name),
  );
  const rows: WifiTerminalRow[] = [];
  for (const s of settlements) {
    const count = terminalCount(random, s, scale);
    if (count === 0) continue;
    const c = t.commune(s.communeInsee);
    const anchors = settlements.filter((o) => o.communeInsee === c.insee && o.kind !== 'tribu');
    for (const { siteName, near } of terminals(random, s, count, districts, anchors)) {
      const at = randomPointNear(random, near.geom.coordinates, c.area, { minKm: 0.05, maxKm: 0.4 });
      if (!at) continue;
      const status = random.weighted([
        ['active', 80],
        ['maintenance', 10],
        ['planned', 10],
      ] as const);
      rows.push({
        siteName,
        communeInsee: c.insee,
        status,
        openingHours: random.weighted(OPENING_HOURS),
        inServiceSince: status === 'planned' ? null : random.isoDate('2016-03-01', SAMPLE_DATE),
        geom: { type: 'Point', coordinates: at },
      });
    }
  }
  return rows;
}
