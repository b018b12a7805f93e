// The sample data set the seed loads: every layer generated from the communes' facts and land,
// reproducibly from a seed. `scale` multiplies the number of features for benchmarks.
import { provincePopulations } from './communes.ts';
import { createRandom } from './random.ts';
import type { SampleData } from './sample-data.ts';
import { territory } from './territory.ts';
import { generateFibreCables } from './generate/fibre-cables.ts';
import { generateFibreZones, SAMPLE_DATE } from './generate/fibre-zones.ts';
import { generateMobileSites } from './generate/mobile-sites.ts';
import { generatePoBoxBlocks } from './generate/po-boxes.ts';
import { followProjects, generateProjects } from './generate/projects.ts';
import { generateSchools } from './generate/schools.ts';
import { generateSettlements } from './generate/settlements.ts';
import { generateWifiTerminals } from './generate/wifi.ts';

/** The three provinces; Poya straddles Nord and Sud, which provincePopulations() accounts for. */
const PROVINCE_NAMES = [
  { code: 'SUD', name: 'Province Sud' },
  { code: 'NORD', name: 'Province Nord' },
  { code: 'ILES', name: 'Province des Îles Loyauté' },
] as const;

export const DEFAULT_SEED = 'nc-sample-2019';

export interface SampleOptions {
  seed?: string;
  /** Multiplies feature counts (settlements, zones, sites, …); 1 is the plausible territory. */
  scale?: number;
}

export function generateSample({ seed = DEFAULT_SEED, scale = 1 }: SampleOptions = {}): SampleData {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
    throw new Error(`generateSample: scale must be a number in (0, 100], got ${scale}`);
  }
  const t = territory();
  // One stream per layer: changing how one layer is drawn leaves the others as they were.
  const random = createRandom(seed);
  const settlements = generateSettlements(t, random.fork('settlements'), scale);
  const fibreZones = generateFibreZones(t, random.fork('fibre-zones'), scale, settlements);
  const mobileSites = generateMobileSites(t, random.fork('mobile-sites'), scale, settlements);
  const populations = provincePopulations(t.communes);
  const layers = {
    settlements,
    fibreZones,
    fibreCables: generateFibreCables(t, random.fork('fibre-cables'), fibreZones),
    mobileSites,
    poBoxBlocks: generatePoBoxBlocks(t, random.fork('po-boxes'), scale, settlements),
    wifiTerminals: generateWifiTerminals(t, random.fork('wifi'), scale, settlements),
    schools: generateSchools(t, random.fork('schools'), scale, settlements, fibreZones, mobileSites),
  };
  const projects = generateProjects(random.fork('projects'), t, layers);
  return {
    asOf: SAMPLE_DATE,
    provinces: PROVINCE_NAMES.map(({ code, name }) => ({ code, name, population2019: populations[code] })),
    communes: t.communes.map((c) => ({
      insee: c.insee,
      name: c.name,
      province: c.province,
      postalCode: c.postalCode,
      population2019: c.population2019,
      boundarySource: 'approximate',
      town: { type: 'Point', coordinates: c.townOnLand },
      geom: c.area.geometry,
    })),
    ...layers,
    // A zone's planned year and deployment date are its project's (migration 0009 keeps it so).
    fibreZones: followProjects(layers.fibreZones, projects),
    projects,
  };
}
