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
/** The basemap's land (any view of it), and the public's search, nearest terminals and "what is here". */
const KEPT_API = new Set([
  ...APP_DATA,
  '/api/layers/communes',
  '/api/search',
  '/api/wifi/nearest',
  '/api/here',
]);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// A new version takes over at once: the shell it precached is complete and consistent.
void self.skipWaiting();
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

const api = new NetworkFirst({
  cacheName: 'api',
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [
    new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
  ],
});
registerRoute(({ url, sameOrigin }) => sameOrigin && KEPT_API.has(url.pathname), api);

// The first visit loaded the app's data before this worker was there to keep it: fetch it once more
// on install, so that the app opens offline after one visit. A failure here must not stop the install.
self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.allSettled(APP_DATA.map((path) => api.handleAll({ event, request: new Request(path) })[1])),
  );
});
