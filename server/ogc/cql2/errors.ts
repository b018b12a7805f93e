// The one error a CQL2 filter can raise: a parse, type or limit failure that the OGC server
// answers with 400 (OGC API Features Part 3, requirement /req/filter/filter-param), the message
// saying where in the filter it went wrong.

export interface Cql2ErrorLocation {
  /** Offset (UTF-16 index, 0-based) in a CQL2-Text filter where the failure was found. */
  position?: number;
  /** Where in a CQL2-JSON filter, as a path such as `args[1].args[0]`. */
  path?: string;
}

export class Cql2Error extends Error {
  readonly position?: number;
  readonly path?: string;

  constructor(message: string, location: Cql2ErrorLocation = {}) {
    super(message);
    this.name = 'Cql2Error';
    if (location.position !== undefined) this.position = location.position;
    if (location.path !== undefined) this.path = location.path;
  }
}
