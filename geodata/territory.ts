// The fixed geography every generator works on: the communes' facts joined to their approximate
// areas. It does not depend on the seed, so it is built once per process.
import type { Feature, MultiPolygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { buildCommuneAreas } from './commune-areas.ts';
import { loadCommuneFacts, type CommuneFact } from './communes.ts';
import { islands } from './land.ts';
import { inArea } from './point-placement.ts';

export interface Commune extends CommuneFact {
  /** The town point on land: equal to the fact unless the 1:10m coast left it offshore. */
  townOnLand: [number, number];
  townSnapped: boolean;
  area: Feature<MultiPolygon>;
  areaKm2: number;
}

export interface Territory {
  communes: readonly Commune[];
  commune(insee: string): Commune;
  /** The commune whose area contains the point, if any. */
  communeAt(point: Position): Commune | undefined;
}

function buildTerritory(): Territory {
  const facts = loadCommuneFacts();
  const areas = buildCommuneAreas(facts, islands());
  const communes = facts.map((fact, i): Commune => {
    const a = areas[i]!;
    const area = turf.feature(a.geom);
    return { ...fact, townOnLand: a.town, townSnapped: a.townSnapped, area, areaKm2: turf.area(area) / 1e6 };
  });
  const byInsee = new Map(communes.map((c) => [c.insee, c]));
  return {
    communes,
    commune: (insee) => {
      const c = byInsee.get(insee);
      if (!c) throw new Error(`unknown commune INSEE code '${insee}'`);
      return c;
    },
    communeAt: (point) => communes.find((c) => inArea(point, c.area)),
  };
}

let cached: Territory | undefined;

export function territory(): Territory {
  cached ??= buildTerritory();
  return cached;
}
