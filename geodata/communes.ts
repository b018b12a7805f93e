// The 33 communes' reference facts (2019 census, codes, town and centroid points), read from
// communes.csv beside this file and validated once, so every generator works from typed facts.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { NC_EXTENT } from '../db/geometry.ts';

export type ProvinceCode = 'SUD' | 'NORD' | 'ILES';
/** [longitude, latitude], WGS84. */
export type LonLat = [number, number];

export interface CommuneFact {
  insee: string;
  name: string;
  postalCode: string;
  province: ProvinceCode;
  population2019: number;
  /** A point in the commune's main town (town hall or village). */
  town: LonLat;
  /** Centre of the official boundary polygon, which is not shipped. */
  centroid: LonLat;
}

/** Official 2019 totals (ISEE); the communes sum to these once Poya is split, see below. */
export const TERRITORY_POPULATION_2019 = 271_407;
export const PROVINCE_POPULATION_2019: Readonly<Record<ProvinceCode, number>> = {
  SUD: 203_144,
  NORD: 49_910,
  ILES: 18_353,
};

/**
 * Poya straddles the Nord/Sud boundary: it is listed in Nord, but 212 of its 2019 residents
 * live in the Sud province and are counted there in the provincial totals.
 */
const RESIDENTS_IN_OTHER_PROVINCE: Readonly<Record<string, { province: ProvinceCode; count: number }>> = {
  '98827': { province: 'SUD', count: 212 },
};

// Strict decimal text: z.coerce.number() would quietly turn an empty cell into 0.
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number')
  .transform(Number);
const longitude = decimal.pipe(z.number().min(NC_EXTENT.minLon).max(NC_EXTENT.maxLon));
const latitude = decimal.pipe(z.number().min(NC_EXTENT.minLat).max(NC_EXTENT.maxLat));
const code988 = z.string().regex(/^988\d{2}$/, 'expected a 988xx code');

const csvRow = z
  .object({
    insee: code988,
    name: z.string().min(1),
    postal_code: code988,
    province: z.enum(['SUD', 'NORD', 'ILES']),
    population_2019: z.string().regex(/^\d+$/, 'expected a whole number').transform(Number),
    town_lon: longitude,
    town_lat: latitude,
    centroid_lon: longitude,
    centroid_lat: latitude,
  })
  .strict()
  .transform((r): CommuneFact => ({
    insee: r.insee,
    name: r.name,
    postalCode: r.postal_code,
    province: r.province,
    population2019: r.population_2019,
    town: [r.town_lon, r.town_lat],
    centroid: [r.centroid_lon, r.centroid_lat],
  }));

/** Parses and validates the CSV text; throws with the line and column of the first bad cell. */
export function parseCommuneFacts(csvText: string): CommuneFact[] {
  const records: unknown[] = parse(csvText, { columns: true, skip_empty_lines: true, trim: true });
  const facts = records.map((record, i) => {
    const result = csvRow.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`communes.csv line ${i + 2}, ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return result.data;
  });
  for (const key of ['insee', 'name'] as const) {
    const seen = new Set<string>();
    for (const f of facts) {
      if (seen.has(f[key])) throw new Error(`communes.csv: duplicate ${key} '${f[key]}'`);
      seen.add(f[key]);
    }
  }
  return facts;
}

let cached: CommuneFact[] | undefined;

/** The 33 communes, sorted by INSEE code. */
export function loadCommuneFacts(): CommuneFact[] {
  cached ??= parseCommuneFacts(readFileSync(new URL('./communes.csv', import.meta.url), 'utf8'));
  return cached;
}

/** Population per province, with straddling communes' residents counted where they live. */
export function provincePopulations(facts: readonly CommuneFact[]): Record<ProvinceCode, number> {
  const totals: Record<ProvinceCode, number> = { SUD: 0, NORD: 0, ILES: 0 };
  for (const f of facts) {
    totals[f.province] += f.population2019;
    const moved = RESIDENTS_IN_OTHER_PROVINCE[f.insee];
    if (moved) {
      totals[f.province] -= moved.count;
      totals[moved.province] += moved.count;
    }
  }
  return totals;
}
