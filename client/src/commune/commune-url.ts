// The commune workspace's share of the URL hash (issue #4), beside the map's own state:
// `/commune/98818#project=12&lang=en` opens Nouméa's page with project 12's details.
// What the URL does not say stays null.

export interface CommuneUrlState {
  /** The project whose details are open. */
  project: number | null;
}

export const noCommuneState: CommuneUrlState = { project: null };

export function parseCommuneHash(hash: URLSearchParams): CommuneUrlState {
  const project = hash.get('project');
  return { project: project !== null && /^[1-9]\d{0,8}$/.test(project) ? Number(project) : null };
}

/** `key=value` parts for what the state says; nothing for what it leaves null. */
export function communeHashParts(state: CommuneUrlState): string[] {
  return state.project === null ? [] : [`project=${state.project}`];
}
