// GeoJSON geometries (RFC 7946 clause 3.1) as CQL2-JSON spatial literals: 2D positions only,
// counted against MAX_COORDINATES as they are read, collections nested against MAX_DEPTH.
import type { Geometry, Position } from './ast.ts';
import { MAX_COORDINATES } from './limits.ts';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the reader of the whole filter lends the geometry reader: its errors and its depth count. */
export interface JsonContext {
  fail(message: string, path: string): never;
  nested<T>(path: string, read: () => T): T;
}

/** One GeoJSON geometry (RFC 7946 clause 3.1), 2D, its positions counted against MAX_COORDINATES. */
class GeoJsonReader {
  private positions = 0;

  constructor(
    private readonly json: JsonContext,
    private readonly root: string,
  ) {}

  private array(value: unknown, path: string, what: string): unknown[] {
    if (!Array.isArray(value)) this.json.fail(`expected ${what}`, path);
    return value;
  }

  private position = (value: unknown, path: string): Position => {
    const numbers = this.array(value, path, 'a position [x, y]');
    if (numbers.length > 2) this.json.fail('3D or measured coordinates are not supported; give [x, y]', path);
    const [x, y] = numbers;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
      this.json.fail('expected a position [x, y] of two numbers', path);
    if (++this.positions > MAX_COORDINATES)
      this.json.fail(`a geometry of more than ${MAX_COORDINATES} coordinates`, this.root);
    return [x, y];
  };

  private listOf<T>(value: unknown, path: string, what: string, item: (v: unknown, p: string) => T): T[] {
    return this.array(value, path, what).map((v, i) => item(v, `${path}[${i}]`));
  }

  private path = (value: unknown, path: string) =>
    this.listOf(value, path, 'an array of positions', this.position);
  private polygon = (value: unknown, path: string) =>
    this.listOf(value, path, 'an array of rings', this.path);

  geometry(value: unknown, path: string): Geometry {
    if (!isObject(value) || typeof value.type !== 'string')
      return this.json.fail('expected a GeoJSON geometry', path);
    const at = `${path ? `${path}.` : ''}coordinates`;
    const coordinates = value.coordinates;
    switch (value.type) {
      case 'Point':
        return { type: 'Point', coordinates: this.position(coordinates, at) };
      case 'LineString':
        return { type: 'LineString', coordinates: this.path(coordinates, at) };
      case 'Polygon':
        return { type: 'Polygon', coordinates: this.polygon(coordinates, at) };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: this.path(coordinates, at) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: this.polygon(coordinates, at) };
      case 'MultiPolygon':
        return {
          type: 'MultiPolygon',
          coordinates: this.listOf(coordinates, at, 'an array of polygons', this.polygon),
        };
      case 'GeometryCollection': {
        const members = `${path ? `${path}.` : ''}geometries`;
        return this.json.nested(path, () => ({
          type: 'GeometryCollection',
          geometries: this.listOf(value.geometries, members, 'an array of geometries', (g, p) =>
            this.geometry(g, p),
          ),
        }));
      }
      default:
        return this.json.fail(`unknown GeoJSON geometry type '${value.type}'`, path);
    }
  }
}

/** Reads the GeoJSON geometry `value` found at `path`. */
export function readGeoJson(context: JsonContext, value: unknown, path: string): Geometry {
  return new GeoJsonReader(context, path).geometry(value, path);
}
