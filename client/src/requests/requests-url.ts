// The queue of requests' share of the URL (issue 10): `/demandes?commune=98811&statut=new` shows
// Koné's new requests. Kept in the query, not the hash, so the link reads as a filtered list; what
// the URL does not say (or says wrong) stays null: every commune, every status. The statuses are
// checked by the queue itself (requestStatusOf): this module is in the app's first chunk, which
// must not carry zod and the database schema for it.

export interface RequestsUrlState {
  /** The INSEE code of the commune shown; null for all of them. */
  commune: string | null;
  /** The status shown as the link spells it; null for all of them. */
  status: string | null;
}

export const noRequestsFilter: RequestsUrlState = { commune: null, status: null };

const COMMUNE = 'commune';
const STATUS = 'statut';

export function parseRequestsQuery(query: URLSearchParams): RequestsUrlState {
  const commune = query.get(COMMUNE);
  const status = query.get(STATUS);
  return {
    commune: commune !== null && /^988\d\d$/.test(commune) ? commune : null,
    status: status !== null && /^[a-z]{1,20}$/.test(status) ? status : null,
  };
}

/** Writes the filters into `query`, removing what they leave null. */
export function writeRequestsQuery(query: URLSearchParams, state: RequestsUrlState): void {
  if (state.commune === null) query.delete(COMMUNE);
  else query.set(COMMUNE, state.commune);
  if (state.status === null) query.delete(STATUS);
  else query.set(STATUS, state.status);
}
