// The app's service worker (issue #5: the public, on a weak mobile connection or none). Built by
// vite-plugin-pwa (injectManifest) from Workbox's modules, registered only by the production build:
// - the app shell (built assets, index.html) precached; every page of the app opens from it;
// - the API answers the app needs to open, the basemap's land and the public view's answers:
//   network first with a short timeout, then the last answer cached for that URL.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** The few parts of ServiceWorkerGlobalScope used here (the DOM typings the client builds with lack it). */
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'install',
    listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
};

/** Past this a weak connection counts as none, and the cached answer is shown. */
const NETWORK_TIMEOUT_S = 3;

/** What the app loads before it draws anything (app-data.ts). */
const APP_DATA = ['/api/config', '/api/layers', '/api/communes'];
/** The public's search, nearest terminals and "what is here" (issue #5). */
const PUBLIC_API = ['/api/search', '/api/wifi/nearest', '/api/here'];
/** The offline basemap's land, asked for by view: any view of it beats an empty sea. */
const LAND = '/api/layers/communes';
/** The whole territory's land, light enough (a few kB) to keep from the first visit on. */
const TERRITORY_LAND = `${LAND}?bbox=158,-26,174,-16&zoom=8`;
const API_CACHE = 'api';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// A new version takes over at once: the shell it precached is complete and consistent.
void self.skipWaiting();
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

/** One for the cache both strategies below write to. */
const expiration = new ExpirationPlugin({
  maxEntries: 300,
  maxAgeSeconds: 30 * 24 * 60 * 60,
  purgeOnQuotaError: true,
});

const api = new NetworkFirst({
  cacheName: API_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [expiration],
});
const kept = new Set([...APP_DATA, ...PUBLIC_API]);
registerRoute(({ url, sameOrigin }) => sameOrigin && kept.has(url.pathname), api);

/** A layer request's `bbox=west,south,east,north`, or null. */
function bboxOf(url: string): [number, number, number, number] | null {
  const values = (new URL(url).searchParams.get('bbox') ?? '').split(',').map(Number);
  const [west, south, east, north] = values;
  if (values.length !== 4 || !values.every(Number.isFinite)) return null;
  return [west, south, east, north] as [number, number, number, number];
}

// A view seen before is rarely the exact view reopened (the link rounds it): with no network and
// no answer for this one, the land of the latest view kept around its centre is drawn instead (the
// whole territory's, warmed on install, is around every centre).
const land = new NetworkFirst({
  cacheName: API_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [
    expiration,
    {
      handlerDidError: async ({ request }) => {
        const cache = await caches.open(API_CACHE);
        const entries = await cache.keys(request, { ignoreSearch: true });
        const wanted = bboxOf(request.url);
        const around = entries.findLast((entry) => {
          const bbox = bboxOf(entry.url);
          if (!bbox || !wanted) return false;
          const [lon, lat] = [(wanted[0] + wanted[2]) / 2, (wanted[1] + wanted[3]) / 2];
          return bbox[0] <= lon && lon <= bbox[2] && bbox[1] <= lat && lat <= bbox[3];
        });
        const chosen = around ?? entries.at(-1);
        return chosen ? cache.match(chosen) : undefined;
      },
    },
  ],
});
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname === LAND, land);

// The first visit loaded the app's data before this worker was there to keep it: fetch it once more
// on install, with the territory's land, so that the app opens offline after one visit. A failure
// here must not stop the install.
self.addEventListener('install', (event) => {
  const warm = (strategy: NetworkFirst, path: string) =>
    strategy.handleAll({ event, request: new Request(path) })[1];
  event.waitUntil(
    Promise.allSettled([...APP_DATA.map((path) => warm(api, path)), warm(land, TERRITORY_LAND)]),
  );
});
