// Names the parts of CQL2 (OGC 21-065) this server does not implement, so that a filter using
// one is refused with the operator and its conformance class named, rather than a vague syntax
// error. Supported: Basic CQL2, Advanced Comparison Operators, Case-insensitive Comparison,
// Basic Spatial Functions (S_INTERSECTS with BBOX and 2D WKT / GeoJSON literals).

const SPATIAL = new Set([
  'S_CONTAINS',
  'S_CROSSES',
  'S_DISJOINT',
  'S_EQUALS',
  'S_OVERLAPS',
  'S_TOUCHES',
  'S_WITHIN',
]);
const TEMPORAL = new Set([
  'T_AFTER',
  'T_BEFORE',
  'T_CONTAINS',
  'T_DISJOINT',
  'T_DURING',
  'T_EQUALS',
  'T_FINISHEDBY',
  'T_FINISHES',
  'T_INTERSECTS',
  'T_MEETS',
  'T_METBY',
  'T_OVERLAPPEDBY',
  'T_OVERLAPS',
  'T_STARTEDBY',
  'T_STARTS',
]);
const ARRAY = new Set(['A_CONTAINEDBY', 'A_CONTAINS', 'A_EQUALS', 'A_OVERLAPS']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '^', 'DIV']);

/** Why the operator or function `name` (as written in the filter) is refused. */
export function unsupportedOperator(name: string): string {
  const upper = name.toUpperCase();
  if (upper === 'ACCENTI') return 'ACCENTI (accent-insensitive comparison) is not supported';
  if (upper === 'INTERVAL') return 'INTERVAL (temporal operators) is not supported';
  if (SPATIAL.has(upper) || upper.startsWith('S_'))
    return `spatial operator ${upper} is not supported; only S_INTERSECTS is`;
  if (TEMPORAL.has(upper) || upper.startsWith('T_'))
    return `temporal operator ${upper} is not supported; compare dates and timestamps with = < > instead`;
  if (ARRAY.has(upper) || upper.startsWith('A_')) return `array operator ${upper} is not supported`;
  if (ARITHMETIC.has(upper)) return `arithmetic operator '${name}' is not supported`;
  return `function ${name}() is not supported; this server offers no functions`;
}
