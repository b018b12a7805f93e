// Which tile a request names: /tiles/{layers}/{z}/{x}/{y}.mvt, checked piece by piece so that a
// wrong one is refused by name ("x: expected a whole number from 0 to 63 at zoom 6, got 64"), the
// way PMTiles refuses a tile outside its zoom level's bounds. {layers} is one layer id or several,
// comma-separated, as Martin composes sources.
import { excerpt } from '../excerpt.ts';
import { httpError } from '../errors.ts';
import { layers, layersById, type LayerDef } from '../layers/catalogue.ts';

/** Zoom levels served: MapLibre's default maximum zoom is 22, and so is ours. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
/** Tile units per side (ST_AsMVT's default) and the buffer kept around the tile, in the same units. */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

export interface TileAddress {
  layers: LayerDef[];
  z: number;
  x: number;
  y: number;
}

const WHOLE = /^\d{1,8}$/;

function whole(name: 'z' | 'x' | 'y', raw: string, max: number, context: string): number {
  const expected = `${name}: expected a whole number from 0 to ${max}${context}`;
  if (!WHOLE.test(raw)) throw httpError(400, `${expected}, got ${excerpt(raw)}`, name);
  const value = Number(raw);
  if (value > max) throw httpError(400, `${expected}, got ${value}`, name);
  return value;
}

/** The catalogue layers of a `{layers}` path segment, each once, in the order given. */
export function tileLayers(raw: string): LayerDef[] {
  const ids = raw.split(',');
  const found: LayerDef[] = [];
  for (const id of ids) {
    const layer = layersById.get(id);
    if (!layer) {
      throw httpError(
        404,
        `unknown layer ${excerpt(id)}; known layers: ${layers.map((l) => l.id).join(', ')}`,
        'layer',
      );
    }
    if (!found.includes(layer)) found.push(layer);
  }
  return found;
}

/** The tile of `/tiles/{layers}/{z}/{x}/{file}`, where file is `{y}.mvt`. */
export function tileAddress(rawLayers: string, rawZ: string, rawX: string, file: string): TileAddress {
  const found = tileLayers(rawLayers);
  const dot = file.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.slice(dot + 1);
  if (extension !== 'mvt') {
    throw httpError(404, `tiles are served as {y}.mvt (Mapbox Vector Tile), got ${excerpt(file)}`, 'format');
  }
  const z = whole('z', rawZ, MAX_ZOOM, '');
  const side = 2 ** z - 1;
  const x = whole('x', rawX, side, ` at zoom ${z}`);
  const y = whole('y', file.slice(0, dot), side, ` at zoom ${z}`);
  return { layers: found, z, x, y };
}

/** `communes/6/62/35`: the tile's name in cache keys and logs. */
export const tileName = (tile: TileAddress) =>
  `${tile.layers.map((l) => l.id).join(',')}/${tile.z}/${tile.x}/${tile.y}`;
