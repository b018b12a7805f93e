// Swaps the axes of every spatial literal in a CQL2 tree: EPSG:4326 coordinates come latitude
// first (OGC API Features Part 2, /req/crs/ogc-crs-header), while the compiler reads x, y.
import type { Cql2Expression, Geometry, Position, SpatialOperand } from './cql2/ast.ts';

const swap = ([a, b]: Position): Position => [b, a];

function flipGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: swap(geometry.coordinates) };
    case 'LineString':
    case 'MultiPoint':
      return { type: geometry.type, coordinates: geometry.coordinates.map(swap) };
    case 'Polygon':
    case 'MultiLineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map((ring) => ring.map(swap)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(swap))),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(flipGeometry) };
  }
}

function flipOperand(operand: SpatialOperand): SpatialOperand {
  if (operand.kind === 'property') return operand;
  if (operand.kind === 'geometry') return { kind: 'geometry', geometry: flipGeometry(operand.geometry) };
  const [a, b, c, d] = operand.bbox;
  return { kind: 'bbox', bbox: [b, a, d, c] };
}

export function flipAxes(expression: Cql2Expression): Cql2Expression {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return { kind: expression.kind, args: expression.args.map(flipAxes) };
    case 'not':
      return { kind: 'not', arg: flipAxes(expression.arg) };
    case 's_intersects':
      return {
        kind: 's_intersects',
        args: [flipOperand(expression.args[0]), flipOperand(expression.args[1])],
      };
    default:
      return expression;
  }
}
