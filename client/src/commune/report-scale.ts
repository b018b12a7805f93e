// The scale bar drawn over the printed report's picture of the map (issue #9): a round distance
// (1, 2 or 5 times a power of ten metres) about a quarter of the picture's width, given as a share
// of that width so that it stays true however wide the picture prints.

/** Earth's circumference at the equator, in metres: the Web Mercator ground resolution's base. */
const EQUATOR_M = 40_075_016.686;
/** MapLibre's tiles are 512 px wide at zoom 0. */
const TILE_PX = 512;

/** Ground metres per CSS pixel at this latitude and zoom (Web Mercator). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_PX * 2 ** zoom);
}

export interface ScaleBar {
  /** The distance the bar stands for, in metres. */
  metres: number;
  /** The bar's length as a share of the picture's width, 0 to 1. */
  share: number;
}

/** The largest round distance that fits in `target` of a picture `widthPx` CSS pixels wide. */
export function scaleBar(metresPerPx: number, widthPx: number, target = 0.25): ScaleBar | null {
  const across = metresPerPx * widthPx;
  if (!(across > 0) || !Number.isFinite(across)) return null;
  const wanted = across * target;
  const power = 10 ** Math.floor(Math.log10(wanted));
  const metres = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= wanted) ?? power;
  return { metres, share: metres / across };
}
