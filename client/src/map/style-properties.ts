// The GeoJSON property names the map's style expressions read, in one place: the API may rename
// its properties (issue #9, item 9: one casing), and then only this file follows. The legend's own
// property comes from the catalogue (LayerInfo.legend.property) and needs no entry here.

export const featureProperty = {
  /** Mobile coverage: 'good' (indoors) or 'fair' (outdoors only). */
  coverageLevel: 'level',
  /** Communes: the province code (SUD, NORD, ILES), dissolved into province outlines. */
  province: 'province',
} as const;

/** Set by MapLibre itself on the clusters of a clustered GeoJSON source: never renamed. */
export const clusterProperty = {
  isCluster: 'cluster',
  id: 'cluster_id',
  count: 'point_count',
  countText: 'point_count_abbreviated',
} as const;
