// A commune's projects on its map, coloured by status; the project whose details are open ringed,
// and the pair of works chosen in the coordination list ringed and joined. Every pair is joined by a
// thin line, so where works could be pooled shows at a glance.
import { useCallback, useEffect, useMemo } from 'react';
import type { LayerData } from '../api.ts';
import { useMap } from '../map/map-context.ts';
import { useGeoJsonLayer, type LayerStatus } from '../map/useGeoJsonLayer.ts';
import type { Viewport } from '../map/viewport.ts';
import type { Project } from './commune-api.ts';
import type { PairLinks } from './coordination-map.ts';
import {
  haloFilter,
  PAIR_LINK_SELECTED,
  pairHaloLayers,
  pairLayers,
  PAIRS_SOURCE,
  projectLayers,
  PROJECTS_SOURCE,
  selectedHaloLayers,
} from './project-style.ts';

const ANY_VIEW: Viewport = { bbox: [158, -26, 174, -16], zoom: 0 };

export interface ProjectsLayerProps {
  /** The projects shown (the filters applied); null until they have loaded. */
  projects: readonly Project[] | null;
  links: PairLinks | null;
  selected: number | null;
  /** The pair chosen: its key and its two projects. */
  pair: { key: string; ids: [number, number] } | null;
  onStatus: (sourceId: string, status: LayerStatus) => void;
}

export function ProjectsLayer({ projects, links, selected, pair, onStatus }: ProjectsLayerProps) {
  const map = useMap();
  // The lines joining pairs go under the projects, which stay readable over them.
  const linkData = useMemo<LayerData>(() => links ?? { type: 'FeatureCollection', features: [] }, [links]);
  const loadLinks = useCallback(async () => linkData, [linkData]);
  const linksKey = useMemo(() => linkData.features.map((f) => f.properties?.key).join(','), [linkData]);
  const reportLinks = useCallback((status: LayerStatus) => onStatus(PAIRS_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: PAIRS_SOURCE,
    layers: pairLayers,
    visible: true,
    viewport: links ? ANY_VIEW : null,
    load: loadLinks,
    dataKey: linksKey,
    onStatus: reportLinks,
  });

  const data = useMemo<LayerData | null>(
    () => (projects ? { type: 'FeatureCollection', features: [...projects] } : null),
    [projects],
  );
  const dataKey = useMemo(() => (projects ?? []).map((p) => p.properties.id).join(','), [projects]);
  const load = useCallback(async () => data ?? { type: 'FeatureCollection' as const, features: [] }, [data]);
  const report = useCallback((status: LayerStatus) => onStatus(PROJECTS_SOURCE, status), [onStatus]);
  useGeoJsonLayer({
    map,
    sourceId: PROJECTS_SOURCE,
    layers: projectLayers,
    visible: true,
    viewport: data ? ANY_VIEW : null,
    load,
    dataKey,
    // Every small site and short pipe counts: none may vanish at a low zoom.
    tolerance: 0,
    onStatus: report,
  });

  useEffect(() => {
    const ids = selected === null ? [] : [selected];
    for (const layer of selectedHaloLayers) {
      if (map.getLayer(layer.id)) map.setFilter(layer.id, haloFilter(layer.type, ids));
    }
  }, [map, selected]);
  useEffect(() => {
    const ids = pair ? pair.ids : [];
    for (const layer of pairHaloLayers)
      if (map.getLayer(layer.id)) map.setFilter(layer.id, haloFilter(layer.type, ids));
    if (map.getLayer(PAIR_LINK_SELECTED))
      map.setFilter(PAIR_LINK_SELECTED, ['==', ['get', 'key'], pair?.key ?? '']);
  }, [map, pair]);
  return null;
}
