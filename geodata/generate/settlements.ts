// Settlements: each commune's town, a few villages and its tribus, with populations that add up
// exactly to the commune's 2019 census count. The other layers are placed around them.
import type { SettlementRow } from '../sample-data.ts';
import { flatKm, randomPointIn, randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { Commune, Territory } from '../territory.ts';
import { communeClass, TRIBUS, scaledCount } from './commune-profiles.ts';
import { createNameMaker, ofPlace, type NameMaker } from './place-names.ts';

type Xy = [number, number];

/** Largest-remainder split of a total by weights: the parts sum to the total exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

/**
 * Town first, with the largest share: most of the population in Greater Nouméa, a third to a
 * half elsewhere. Villages weigh about three tribus.
 */
function populations(random: Random, c: Commune, villages: number, tribus: number): number[] {
  const urban = communeClass(c.insee) === 'noumea' || communeClass(c.insee) === 'suburb';
  const weights = [
    ...Array.from({ length: villages }, () => Math.max(1, random.normal(3, 0.8))),
    ...Array.from({ length: tribus }, () => Math.max(0.3, random.normal(1, 0.3))),
  ];
  for (let share = urban ? random.uniform(0.75, 0.9) : random.uniform(0.3, 0.5); ; share += 0.05) {
    const town = Math.round(c.population2019 * Math.min(share, 1));
    const others = apportion(c.population2019 - town, weights);
    if (others.every((p) => p < town)) return [town, ...others];
  }
}

function placeAll(
  random: Random,
  c: Commune,
  count: number,
  placed: Xy[],
  place: (accept: (p: Xy) => boolean) => Xy | null,
  spacingKm: number,
): Xy[] {
  const out: Xy[] = [];
  for (let i = 0; i < count; i++) {
    const spaced = (p: Xy) => placed.every((q) => flatKm(p, q) >= spacingKm);
    // Small communes cannot always keep the spacing: then any point of the commune will do.
    const p = place(spaced) ?? randomPointIn(random, c.area);
    if (!p) throw new Error(`settlements: no room in ${c.name}`);
    placed.push(p);
    out.push(p);
  }
  return out;
}

function communeSettlements(random: Random, c: Commune, scale: number, names: NameMaker): SettlementRow[] {
  const placed: Xy[] = [c.townOnLand];
  const reachKm = Math.max(4, Math.sqrt(c.areaKm2) * 0.8);
  const spacingKm = 1.5 / Math.sqrt(scale);
  const villageAt = placeAll(
    random,
    c,
    scaledCount(random, random.int(1, 4) * scale),
    placed,
    (accept) =>
      randomPointNear(random, c.townOnLand, c.area, {
        minKm: Math.min(3, reachKm / 3),
        maxKm: reachKm,
        accept,
      }),
    spacingKm,
  );
  // Tribus keep away from the town itself: they are customary lands, not suburbs.
  const awayFromTown = (p: Xy) => flatKm(p, c.townOnLand) >= Math.min(4, reachKm / 3);
  const tribuAt = placeAll(
    random,
    c,
    scaledCount(random, (TRIBUS[c.insee] ?? 0) * scale),
    placed,
    (accept) => randomPointIn(random, c.area, (p) => awayFromTown(p) && accept(p)),
    spacingKm,
  );

  const [townPop, ...others] = populations(random, c, villageAt.length, tribuAt.length);
  const row = (name: string, kind: SettlementRow['kind'], at: Xy, population: number): SettlementRow => ({
    name,
    kind,
    communeInsee: c.insee,
    population,
    geom: { type: 'Point', coordinates: at },
  });
  return [
    row(c.name, 'town', c.townOnLand, townPop!),
    ...villageAt.map((at, i) => row(names(), 'village', at, others[i]!)),
    ...tribuAt.map((at, i) => row(`Tribu ${ofPlace(names())}`, 'tribu', at, others[villageAt.length + i]!)),
  ];
}

export function generateSettlements(t: Territory, random: Random, scale: number): SettlementRow[] {
  const names = createNameMaker(
    random.fork('names'),
    t.communes.map((c) => c.name),
  );
  return t.communes.flatMap((c) => communeSettlements(random, c, scale, names));
}
