// Finding a commune by name the way people type it (issue #4): with or without accents, in any
// case, with spaces, hyphens or apostrophes or none ("Île des Pins", "ile-des-pins", "iledespins").
import type { CommuneSummary } from '../api.ts';
import { byName } from '../format/french-order.ts';

/** The three provinces, in the order the picker lists them. */
export const provinces = ['SUD', 'NORD', 'ILES'] as const;
export type Province = (typeof provinces)[number];

/**
 * A name reduced to what people agree on: lower case, no diacritics (NFD, then combining marks
 * dropped), hyphens, apostrophes and other punctuation as single spaces, trimmed.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Without any separator: "Kaala-Gomen", "kaala gomen" and "kaalagomen" all read "kaalagomen". */
const compact = (text: string) => normalizeName(text).replaceAll(' ', '');

/**
 * True when the commune's name holds what was typed, or its postal or INSEE code begins with it.
 * An empty query matches every commune.
 */
export function matchesCommune(
  commune: Pick<CommuneSummary, 'name' | 'insee' | 'postalCode'>,
  query: string,
) {
  const wanted = compact(query);
  if (wanted === '') return true;
  if (/^\d+$/.test(wanted)) return commune.postalCode.startsWith(wanted) || commune.insee.startsWith(wanted);
  return compact(commune.name).includes(wanted);
}

export interface ProvinceGroup<T> {
  province: Province;
  communes: T[];
}

/** The communes matching the query, by province (Sud, Nord, Îles), by name within each; empty groups left out. */
export function communesByProvince<
  T extends Pick<CommuneSummary, 'name' | 'insee' | 'postalCode' | 'province'>,
>(communes: readonly T[], query: string): ProvinceGroup<T>[] {
  const matching = communes.filter((commune) => matchesCommune(commune, query));
  return provinces
    .map((province) => ({
      province,
      communes: matching.filter((commune) => commune.province === province).sort(byName),
    }))
    .filter((group) => group.communes.length > 0);
}
