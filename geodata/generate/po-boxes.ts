// PO box blocks: at the post office of every town (several in the big ones) and of about half
// the villages. Tribus collect their mail in the village or town.
import { randomPointNear } from '../point-placement.ts';
import type { Random } from '../random.ts';
import type { PoBoxBlockRow, SettlementRow } from '../sample-data.ts';
import type { Territory } from '../territory.ts';
import { NOUMEA, scaledCount } from './commune-profiles.ts';
import { twoDigits } from './place-names.ts';

/** One block per town, one more per 10,000 inhabitants; half the villages have one. */
function blockCount(random: Random, s: SettlementRow, scale: number): number {
  if (s.kind === 'town') return scaledCount(random, (1 + Math.floor(s.population / 10_000)) * scale);
  return s.kind === 'village' ? scaledCount(random, 0.5) : 0;
}

/** Boxes in a block: up to 2,000 in Nouméa, a few hundred in a town, 50–300 in a village. */
function boxCount(random: Random, s: SettlementRow): number {
  if (s.kind !== 'town') return random.int(50, 300);
  if (s.communeInsee === NOUMEA) return random.int(600, 2000);
  const expected = random.normal(s.population / 12, s.population / 40);
  return Math.round(Math.min(1500, Math.max(100, expected)));
}

export function generatePoBoxBlocks(
  t: Territory,
  random: Random,
  scale: number,
  settlements: readonly SettlementRow[],
): PoBoxBlockRow[] {
  const rows: PoBoxBlockRow[] = [];
  for (const s of settlements) {
    const count = blockCount(random, s, scale);
    const c = t.commune(s.communeInsee);
    // Big towns have blocks across their districts; elsewhere at the post office, near the centre.
    const spreadKm = s.kind === 'town' && count > 1 ? 4 : 0.5;
    for (let i = 0; i < count; i++) {
      const at = randomPointNear(random, s.geom.coordinates, c.area, { maxKm: spreadKm });
      if (!at) continue;
      const boxes = boxCount(random, s);
      const installed = random.chance(0.9);
      rows.push({
        name: `Boîtes postales ${s.name}${count > 1 ? ` ${twoDigits(i + 1)}` : ''}`,
        communeInsee: c.insee,
        boxes,
        // A planned block has no tenants yet.
        boxesInUse: installed ? Math.round(boxes * random.uniform(0.5, 0.97)) : 0,
        status: installed ? 'installed' : 'planned',
        installedOn: installed ? random.isoDate('1985-01-01', '2025-12-31') : null,
        geom: { type: 'Point', coordinates: at },
      });
    }
  }
  return rows;
}
