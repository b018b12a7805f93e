// Registers the app's service worker (issue #5: the app opens offline after a first visit), in
// the production build only, and not from the embed: a commune's website visitor who sees the map
// in a frame is not installing the app, and would otherwise download every chunk it precaches.
export const registersServiceWorker = (pathname: string) => !/^\/embed(\/|$)/.test(pathname);

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!registersServiceWorker(window.location.pathname)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/service-worker.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('the service worker was not registered', error);
    });
  });
}
