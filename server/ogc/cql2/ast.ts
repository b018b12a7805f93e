// The one typed tree that both CQL2 encodings (Text and JSON, OGC 21-065 clause 8) parse into
// and the compiler reads. Negated predicates (NOT LIKE, NOT BETWEEN, NOT IN, IS NOT NULL) are a
// `not` around the predicate, as CQL2-JSON writes them; AND and OR chains are flat.

export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Position = [x: number, y: number];

/** A 2D geometry literal, shaped as GeoJSON so that both encodings meet on it. */
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'GeometryCollection'; geometries: Geometry[] };

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** `yyyy-mm-dd` */
  | { kind: 'date'; value: string }
  /** RFC 3339 date-time in UTC */
  | { kind: 'timestamp'; value: string };

export interface PropertyRef {
  kind: 'property';
  name: string;
}

export interface CaseInsensitive {
  kind: 'casei';
  arg: Operand;
}

/** A scalar operand of a predicate. */
export type Operand = PropertyRef | Literal | CaseInsensitive;

export type SpatialLiteral =
  | { kind: 'bbox'; bbox: [minx: number, miny: number, maxx: number, maxy: number] }
  | { kind: 'geometry'; geometry: Geometry };

export type Cql2Expression =
  | { kind: 'and'; args: Cql2Expression[] }
  | { kind: 'or'; args: Cql2Expression[] }
  | { kind: 'not'; arg: Cql2Expression }
  | { kind: 'constant'; value: boolean }
  | { kind: 'comparison'; op: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'like'; value: Operand; pattern: Operand }
  | { kind: 'between'; value: Operand; low: Operand; high: Operand }
  | { kind: 'in'; value: Operand; list: Operand[] }
  | { kind: 'isNull'; value: Operand }
  | { kind: 's_intersects'; args: [SpatialOperand, SpatialOperand] };

export type SpatialOperand = PropertyRef | SpatialLiteral;

/** AND/OR with their arguments flattened: `a AND (b AND c)` is one `and` of three. */
export function logical(kind: 'and' | 'or', args: Cql2Expression[]): Cql2Expression {
  const flat = args.flatMap((arg) => (arg.kind === kind ? arg.args : [arg]));
  return flat.length === 1 && flat[0] ? flat[0] : { kind, args: flat };
}
