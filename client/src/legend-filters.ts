// Legend items double as filters: ticking "4G" or "Planned" narrows a layer to those values.
// The filter goes to the API (less to download on a weak connection) and into the URL.
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerInfo } from './api.ts';
import { featureProperty } from './map/style-properties.ts';

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

/**
 * Legends beside the catalogue's, on another enum attribute of the layer: mobile coverage is
 * coloured by technology and shaded by level, and both read as filters. These filter on the
 * map (setFilter, no new request) and live in the URL under `f.<layer>.<attribute>`.
 */
export const extraLegendAttributes: Readonly<Record<string, readonly string[]>> = {
  'mobile-coverage': [featureProperty.coverageLevel],
};

export interface ExtraLegend {
  /** The key of its selection in LegendSelection and in the URL (`mobile-coverage.level`). */
  key: string;
  property: string;
  label: LayerInfo['attributes'][number]['label'];
  items: { value: string; label: LayerInfo['attributes'][number]['label'] }[];
}

/** The extra legends of a layer, their items the attribute's enum values in catalogue order. */
export function extraLegends(info: Pick<LayerInfo, 'id' | 'attributes'>): ExtraLegend[] {
  return (extraLegendAttributes[info.id] ?? []).flatMap((property) => {
    const attribute = info.attributes.find((a) => a.name === property && a.type === 'enum');
    if (!attribute?.values) return [];
    return [{ key: `${info.id}.${property}`, property, label: attribute.label, items: attribute.values }];
  });
}

/** The values of an extra legend shown: from the URL, else all of them (null). */
export function selectedExtraValues(
  legend: ExtraLegend,
  fromUrl: LegendSelection | null,
): readonly string[] | null {
  const wanted = fromUrl?.[legend.key];
  if (!wanted) return null;
  const known = new Set(legend.items.map((item) => item.value));
  const values = wanted.filter((value) => known.has(value));
  return values.length === known.size ? null : values;
}

/** The map filter for a layer's extra legends; null when every value of each is shown. */
export function extraLegendFilter(
  info: Pick<LayerInfo, 'id' | 'attributes'>,
  fromUrl: LegendSelection | null,
): FilterSpecification | null {
  const conditions = extraLegends(info).flatMap((legend): ExpressionSpecification[] => {
    const values = selectedExtraValues(legend, fromUrl);
    return values === null ? [] : [['in', ['get', legend.property], ['literal', [...values]]]];
  });
  if (conditions.length === 0) return null;
  return ['all', ...conditions];
}
