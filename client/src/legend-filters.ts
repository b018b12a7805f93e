// Legend items double as filters: ticking "4G" or "Planned" narrows a layer to those values.
// The filter goes to the API (less to download on a weak connection) and into the URL.
import type { LayerInfo } from './api.ts';

/** Layer id → the legend values shown; a layer absent from it shows all its values. */
export type LegendSelection = Readonly<Record<string, readonly string[]>>;

/** Coverage of every technology at once muddies the map: planners start from 4G. */
export const defaultLegendSelection: LegendSelection = { 'mobile-coverage': ['4g'] };

/** The API filter parameter that follows the legend, when the layer has one. */
export function legendFilterParam(info: Pick<LayerInfo, 'legend' | 'filters'>): string | null {
  return Object.hasOwn(info.filters, info.legend.property) ? info.legend.property : null;
}

/** The values shown for a layer: from the URL, else the default, else null (all of them). */
export function selectedLegendValues(
  info: Pick<LayerInfo, 'id' | 'legend' | 'filters'>,
  fromUrl: LegendSelection | null,
): readonly string[] | null {
  if (!legendFilterParam(info)) return null;
  const known = new Set(info.legend.items.map((item) => item.value));
  const wanted = fromUrl?.[info.id] ?? defaultLegendSelection[info.id];
  if (!wanted) return null;
  // Links shared before issue 9 spelled technologies in capitals (`4G`): read them as today's `4g`.
  const values = [...new Set(wanted.map((value) => (known.has(value) ? value : value.toLowerCase())))].filter(
    (value) => known.has(value),
  );
  return values.length === known.size ? null : values;
}

/** The filters to send with the layer's request; null when nothing is selected (draw nothing). */
export function legendQueryFilters(
  info: Pick<LayerInfo, 'legend' | 'filters'>,
  selected: readonly string[] | null,
): Record<string, string[]> | null {
  const param = legendFilterParam(info);
  if (!param || selected === null) return {};
  if (selected.length === 0) return null;
  return { [param]: [...selected] };
}
