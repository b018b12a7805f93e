// CQL2 filters (OGC 21-065) for OGC API Features Part 3: parse CQL2-Text or CQL2-JSON into one
// typed tree, then compile it against a collection's queryables to a parameterised SQL fragment.
export type {
  ComparisonOperator,
  Cql2Expression,
  Geometry,
  Literal,
  Operand,
  SpatialLiteral,
} from './ast.ts';
export { compileCql2, type CompileOptions } from './compile.ts';
export { Cql2Error } from './errors.ts';
export { parseCql2Json } from './json-parser.ts';
export { MAX_COORDINATES, MAX_DEPTH, MAX_IN_LIST, MAX_TEXT_LENGTH } from './limits.ts';
export type { Queryable, Queryables, QueryableType } from './queryables.ts';
export { parseCql2Text } from './text-parser.ts';
