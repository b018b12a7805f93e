// The endpoints of a commune's workspace (issue #4) through Hono's typed client: the commune with
// its outline, its key figures, its projects and the works that could share a trench. GeoJSON built
// by PostGIS has no inferred type, so the projects' properties are declared here from the schema.
import { hc, type InferResponseType } from 'hono/client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { projectKind, projectStatus } from '../../../db/schema.ts';
import type { AppType } from '../../../server/app.ts';
import { checked, fetchLayerData, type LayerData } from '../api.ts';

const api = hc<AppType>('/api');

export type ProjectKind = (typeof projectKind.enumValues)[number];
export type ProjectStatus = (typeof projectStatus.enumValues)[number];

/** Every kind of work, in the order filters and keys list them: the operator's first. */
export const projectKinds = [
  'fibre_works',
  'mobile_site',
  'po_box_block',
  'wifi_terminal',
  'school_connection',
  'power',
  'water',
  'roads',
  'other',
] as const satisfies readonly ProjectKind[];

/** Every status, from the earliest stage to the last. */
export const projectStatuses = [
  'planned',
  'studies',
  'works',
  'delayed',
  'done',
  'cancelled',
] as const satisfies readonly ProjectStatus[];

/** The distances offered for works to coordinate, in metres; the API's default first. */
export const coordinationDistances = [50, 100, 250, 500] as const;

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

/**
 * Where a project stands at the data's as-of date (GET /api/config asOf): still to come, under way,
 * late, done or cancelled. The server computes it in SQL, the one definition; the client never does.
 */
export type ProjectProgress = 'upcoming' | 'ongoing' | 'late' | 'done' | 'cancelled';

/** GET /api/projects: one feature per project (a type, not an interface: map features take it). */
export type ProjectProperties = {
  id: number;
  title: string;
  communeInsee: string;
  communeName: string;
  kind: ProjectKind;
  organisation: string;
  status: ProjectStatus;
  plannedStart: Day;
  plannedEnd: Day;
  actualStart: Day | null;
  actualEnd: Day | null;
  /** actual − planned, in days; null where there is no actual date to compare. */
  startSlipDays: number | null;
  endSlipDays: number | null;
  slippageReason: string | null;
  /** Where the project stands at the as-of date, as the server computed it. */
  progress: ProjectProgress;
  /** The catalogue layer of the feature the project builds, and that feature's id. */
  layerId: string | null;
  featureId: number | null;
  publicNotes: string | null;
  source: string;
  /** The row's version: what a change names in If-Match (issue 10). */
  version: number;
};
export type Project = Feature<Geometry, ProjectProperties>;
export type Projects = FeatureCollection<Geometry, ProjectProperties>;
export type CommuneOutline = Feature<MultiPolygon, Record<string, unknown>>;

export type CommuneFigures = InferResponseType<(typeof api.stats.communes)[':insee']['$get'], 200>;
export type Coordination = InferResponseType<(typeof api.communes)[':insee']['coordination']['$get'], 200>;
export type CoordinationPair = Coordination['pairs'][number];

export async function fetchCommuneOutline(insee: string, signal?: AbortSignal): Promise<CommuneOutline> {
  const response = await checked(
    await api.communes[':insee'].$get({ param: { insee } }, { init: { signal } }),
  );
  return (await response.json()) as CommuneOutline;
}

export async function fetchCommuneFigures(insee: string, signal?: AbortSignal): Promise<CommuneFigures> {
  const response = await checked(
    await api.stats.communes[':insee'].$get({ param: { insee } }, { init: { signal } }),
  );
  return response.json();
}

export async function fetchProjects(insee: string, signal?: AbortSignal): Promise<Projects> {
  const response = await checked(
    await api.projects.$get({ query: { commune: insee } }, { init: { signal } }),
  );
  return (await response.json()) as Projects;
}

export async function fetchCoordination(
  insee: string,
  distanceM: number,
  signal?: AbortSignal,
): Promise<Coordination> {
  const response = await checked(
    await api.communes[':insee'].coordination.$get(
      { param: { insee }, query: { distance: String(distanceM) } },
      { init: { signal } },
    ),
  );
  return response.json();
}

const layerAnswers = new Map<string, Promise<LayerData>>();

/**
 * A catalogue layer's features in one commune, asked for once: the map draws them and a project's
 * details name the feature it builds from the same answer. A failed answer is asked for again.
 */
export function communeLayerData(layerId: string, insee: string): Promise<LayerData> {
  const key = `${layerId}|${insee}`;
  let answer = layerAnswers.get(key);
  if (!answer) {
    answer = fetchLayerData(layerId, { commune: insee });
    answer.catch(() => layerAnswers.delete(key));
    layerAnswers.set(key, answer);
  }
  return answer;
}
