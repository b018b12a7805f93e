// What a collection lets a filter name (OGC API Features Part 3, /req/queryables): each
// queryable's CQL2 type and the column it reads. The compiler refuses any other name.
import { Cql2Error } from './errors.ts';

export type QueryableType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'timestamp' | 'geometry';

export interface Queryable {
  type: QueryableType;
  /** A column of the filtered table (trusted: it comes from our code, never from the request). */
  column: string;
  /** Set for a PostgreSQL enum column: its values, compared as text. */
  enumValues?: string[];
}

export type Queryables = Record<string, Queryable>;

export function queryableNamed(queryables: Queryables, name: string): Queryable {
  const queryable = Object.hasOwn(queryables, name) ? queryables[name] : undefined;
  if (queryable) return queryable;
  const known = Object.keys(queryables).sort().join(', ') || '(none)';
  throw new Cql2Error(`CQL2: unknown property '${name}'; the queryables are: ${known}`);
}
