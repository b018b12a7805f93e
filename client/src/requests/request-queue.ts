// The queue of requests (issue 10) as planners work through it: the open ones (new, acknowledged,
// planned) first, newest first within each part, and each request as a point for the map.
import type { FeatureCollection, Point } from 'geojson';
import { requestStatuses } from '../../../server/requests/payloads.ts';
import type { RequestItem, RequestStatus } from './requests-api.ts';

export const openStatuses: ReadonlySet<RequestStatus> = new Set(['new', 'acknowledged', 'planned']);

/** The status a link names, if the API knows it; null (every status) otherwise. */
export function requestStatusOf(value: string | null): RequestStatus | null {
  return (requestStatuses as readonly (string | null)[]).includes(value) ? (value as RequestStatus) : null;
}

export const isOpen = (status: RequestStatus) => openStatuses.has(status);

/** Open requests before closed ones; within each, the order given (the API's: newest first). */
export function queueOrder<T extends Pick<RequestItem, 'status'>>(requests: readonly T[]): T[] {
  return [...requests.filter((r) => isOpen(r.status)), ...requests.filter((r) => !isOpen(r.status))];
}

// A type, not an interface: it must fit the map's Record<string, unknown> properties.
export type RequestPointProperties = {
  id: number;
  status: RequestStatus;
  open: boolean;
};

/** One point per request, at the place it was sent from, carrying what the map styles by. */
export function requestPoints(
  requests: readonly Pick<RequestItem, 'id' | 'status' | 'lon' | 'lat'>[],
): FeatureCollection<Point, RequestPointProperties> {
  return {
    type: 'FeatureCollection',
    features: requests.map((request) => ({
      type: 'Feature',
      id: request.id,
      geometry: { type: 'Point', coordinates: [request.lon, request.lat] },
      properties: { id: request.id, status: request.status, open: isOpen(request.status) },
    })),
  };
}
