// The three ways a place can be served, and the place_coverage columns that say so (migration 0003).
export const technologies = ['fibre', '4g', 'mobile'] as const;
export type Technology = (typeof technologies)[number];
/**
 * The technology of /api/gaps when none is asked: fibre, the network the operator is rolling out
 * and the planners' first question (the planning view opens on it too).
 */
export const DEFAULT_TECHNOLOGY: Technology = 'fibre';

/** Column of place_coverage telling whether the technology reaches a place. */
export const coveredColumn: Record<Technology, string> = { fibre: 'fibre', '4g': 'g4', mobile: 'mobile' };
/** Column of place_coverage with the distance to that technology's network, in metres. */
export const distanceColumn: Record<Technology, string> = {
  fibre: 'distance_fibre_m',
  '4g': 'distance_4g_m',
  mobile: 'distance_mobile_m',
};
