// TileJSON 3.0.0 documents (github.com/mapbox/tilejson-spec/tree/master/3.0.0): one per layer,
// and one for all layers at once, whose tiles hold every layer. Tile URLs are absolute from the
// request's origin and carry the data version (`?v=`), so a client that reads the document again
// after an edit asks for new URLs instead of tiles its cache holds.
import type { LayerDef } from '../layers/catalogue.ts';
import type { LayerStats } from '../layers/catalogue-stats.ts';
import { MAX_ZOOM, MIN_ZOOM } from './tile-address.ts';

/** Web Mercator's world, for a layer with no feature yet. */
const WORLD: [number, number, number, number] = [-180, -85.051129, 180, 85.051129];

/** Property name → what it holds, as a tile's feature carries them (the GeoJSON endpoint's own). */
export function tileFields(layer: LayerDef): Record<string, string> {
  const fields: Record<string, string> = {
    id: layer.table === 'communes' ? 'INSEE code (text)' : 'Feature id (number)',
  };
  for (const a of layer.attributes) {
    const kind =
      a.type === 'enum'
        ? `one of ${(a.values ?? []).map((v) => v.value).join(', ')}`
        : a.type === 'integer'
          ? 'number'
          : a.type === 'date'
            ? 'date YYYY-MM-DD'
            : a.type === 'list'
              ? 'JSON array as text'
              : 'text';
    fields[a.name] = `${a.label.en} (${kind})`;
  }
  if (layer.table !== 'communes') {
    fields.communeInsee = 'INSEE code of the commune (text)';
    fields.communeName = 'Name of the commune (text)';
    fields.source = 'Where the feature comes from (text)';
  }
  return fields;
}

function union(boxes: ([number, number, number, number] | null)[]): [number, number, number, number] {
  const known = boxes.filter((b) => b !== null);
  if (known.length === 0) return WORLD;
  return [
    Math.min(...known.map((b) => b[0])),
    Math.min(...known.map((b) => b[1])),
    Math.max(...known.map((b) => b[2])),
    Math.max(...known.map((b) => b[3])),
  ];
}

/** The TileJSON of tiles holding `layers`, served under `origin`, at data version `version`. */
export function tileJson(
  origin: string,
  layers: LayerDef[],
  stats: Map<string, LayerStats>,
  version: string,
  name: string,
) {
  const ids = layers.map((l) => l.id).join(',');
  const bounds = union(layers.map((l) => stats.get(l.id)?.extent ?? null));
  return {
    tilejson: '3.0.0',
    name,
    description: layers.map((l) => l.title.fr).join(' ; '),
    version: '1.0.0',
    scheme: 'xyz',
    tiles: [`${origin}/tiles/${ids}/{z}/{x}/{y}.mvt?v=${encodeURIComponent(version)}`],
    minzoom: MIN_ZOOM,
    maxzoom: MAX_ZOOM,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 6],
    vector_layers: layers.map((l) => ({
      id: l.id,
      description: `${l.title.fr} — ${l.title.en}`,
      minzoom: MIN_ZOOM,
      maxzoom: MAX_ZOOM,
      fields: tileFields(l),
    })),
  };
}
