// Source and style layer ids of the Planning view's map, in one place for the layers, the
// click handling and the browser tests.
export const CHOROPLETH_SOURCE = 'planning-communes';
export const CHOROPLETH_FILL = 'planning-communes-fill';
export const ROLLOUT_SOURCE = 'planning-fibre-zones';
export const ROLLOUT_DEPLOYED = 'planning-rollout-deployed';
export const ROLLOUT_PLANNED = 'planning-rollout-planned';
export const WHITE_ZONES_SOURCE = 'planning-white-zones';
export const WHITE_ZONES_FILL = 'planning-white-zones-fill';
export const GAPS_SOURCE = 'planning-gaps';
export const GAPS_CIRCLES = 'planning-gaps-circles';
export const GAPS_SELECTED = 'planning-gaps-selected';
export const AREA_SOURCE = 'planning-area';

/** New Caledonia with room around it: data loaded once for the territory uses this viewport. */
export const TERRITORY_BBOX: [number, number, number, number] = [158, -26, 174, -16];
