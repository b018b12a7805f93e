// Mobile sites near settlements: many in Nouméa, a few per town, one per village, one for about
// half the tribus. 2G everywhere; 4G broad but missing on much of the rugged east coast and
// central chain, so the coverage the seed derives from these sites keeps real holes.
import type { Position } from 'geojson';
import { flatKm, randomPointIn, randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { MobileSiteRow, SettlementRow } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { LOYALTY_ISLANDS, NOUMEA, RUGGED, communeClass, scaledCount } from './commune-profiles.ts';
import { twoDigits } from './place-names.ts';

type Technology = MobileSiteRow['technologies'][number];

/** Sites in the bigger towns; other towns get one, two above 3,000 inhabitants. */
const TOWN_SITES: Readonly<Record<string, number>> = {
  '98818': 45, // Nouméa
  '98805': 10, // Dumbéa
  '98817': 10, // Mont-Dore
  '98821': 8, // Païta
  '98811': 4, // Koné
  '98814': 3, // Lifou
};

/** A tribu at least this far from its town may be left in a 4G shadow. */
const SHADOW_MIN_FROM_TOWN_KM = 14;
/** Share of the remote tribus left in a 4G shadow. */
const SHADOW_SHARE = 0.12;
/** No on-air 4G within this distance of a shadowed tribu (the seed's 4G 'fair' buffer is 8 km). */
const SHADOW_RADIUS_KM = 10;

interface Site {
  name: string;
  communeInsee: string;
  at: [number, number];
  kind: SettlementRow['kind'];
}

function siteCount(random: Random, s: SettlementRow, scale: number): number {
  if (s.kind === 'town')
    return scaledCount(random, (TOWN_SITES[s.communeInsee] ?? (s.population > 3000 ? 2 : 1)) * scale);
  return scaledCount(random, s.kind === 'village' ? 0.9 : 0.5);
}

function place(t: Territory, random: Random, settlements: readonly SettlementRow[], scale: number): Site[] {
  const sites: Site[] = [];
  for (const s of settlements) {
    const c = t.commune(s.communeInsee);
    const count = siteCount(random, s, scale);
    const spacingKm = (c.insee === NOUMEA ? 0.35 : 0.8) / Math.sqrt(scale);
    const label = s.kind === 'tribu' ? s.name.replace(/^Tribu d(e |')/, '') : s.name;
    for (let i = 0; i < count; i++) {
      const clear = (p: [number, number]) => sites.every((o) => flatKm(p, o.at) >= spacingKm);
      const spreadKm = communeClass(c.insee) === 'suburb' ? 6 : s.kind === 'town' ? 3 : 1.5;
      const at =
        c.insee === NOUMEA && i > 0
          ? randomPointIn(random, c.area, clear)
          : randomPointNear(random, s.geom.coordinates, c.area, {
              maxKm: i === 0 ? 1 : spreadKm,
              accept: clear,
            });
      if (!at) continue;
      sites.push({
        name: `Site ${label}${count > 1 ? ` ${twoDigits(i + 1)}` : ''}`,
        communeInsee: c.insee,
        at,
        kind: s.kind,
      });
    }
  }
  return sites;
}

/** Chance that a site carries 4G: every site in Nouméa, fewer out in the tribus and the relief. */
function fourGChance(site: Site): number {
  if (site.communeInsee === NOUMEA) return 1;
  const rugged = RUGGED.has(site.communeInsee);
  if (site.kind !== 'tribu') return rugged ? 0.75 : 0.95;
  if (rugged) return 0.45;
  return LOYALTY_ISLANDS.has(site.communeInsee) ? 0.7 : 0.75;
}

function technologies(random: Random, site: Site): Technology[] {
  const rugged = RUGGED.has(site.communeInsee);
  const remote = site.kind === 'tribu';
  const noumea = site.communeInsee === NOUMEA;
  const tech: Technology[] = ['2g'];
  // Each generation is added on top of the previous one: no 4G-only or 5G-only sites.
  if (noumea || random.chance(remote ? (rugged ? 0.65 : 0.8) : 0.95)) tech.push('3g');
  if (tech.includes('3g') && random.chance(fourGChance(site))) tech.push('4g');
  if (noumea && tech.includes('4g') && random.chance(0.45)) tech.push('5g');
  return tech;
}

/**
 * Picks remote tribus (rugged commune, far from their town) and takes 4G and 5G off every
 * non-town site within SHADOW_RADIUS_KM of them, so that some places stay without 4G.
 */
function carveShadows(
  random: Random,
  t: Territory,
  sites: readonly Site[],
  tech: Technology[][],
  settlements: readonly SettlementRow[],
) {
  const shadows: Position[] = settlements
    .filter(
      (s) =>
        s.kind === 'tribu' &&
        RUGGED.has(s.communeInsee) &&
        flatKm(s.geom.coordinates, t.commune(s.communeInsee).townOnLand) > SHADOW_MIN_FROM_TOWN_KM,
    )
    .filter(() => random.chance(SHADOW_SHARE))
    .map((s) => s.geom.coordinates);
  sites.forEach((site, i) => {
    if (site.kind === 'town' || !shadows.some((p) => flatKm(p, site.at) <= SHADOW_RADIUS_KM)) return;
    tech[i] = tech[i]!.filter((x) => x === '2g' || x === '3g');
  });
}

export function generateMobileSites(
  t: Territory,
  random: Random,
  scale: number,
  settlements: readonly SettlementRow[],
): MobileSiteRow[] {
  const sites = place(t, random, settlements, scale);
  const tech = sites.map((site) => technologies(random, site));
  carveShadows(random.fork('shadows'), t, sites, tech, settlements);
  return sites.map((site, i) => ({
    name: site.name,
    communeInsee: site.communeInsee,
    technologies: tech[i]!,
    status: random.chance(0.07) ? 'planned' : 'on-air',
    geom: { type: 'Point', coordinates: site.at },
  }));
}
