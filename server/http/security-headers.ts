// Security headers on every answer, the app's and the API's (issue #8): a Content-Security-Policy
// the client runs under (its scripts, MapLibre's worker and the service worker are same-origin
// files, so no 'unsafe-eval' and no inline script), nosniff, a Referrer-Policy, a
// Permissions-Policy and Cross-Origin-Opener-Policy. Built on hono's secure-headers middleware.
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The embed for communes' websites (client/src/embed/): the one page any site may frame. */
const EMBED_PAGE = /^\/embed\/?$/;

/**
 * Who may show a page of this app in a frame: the one place that says it (CSP `frame-ancestors`,
 * which supersedes X-Frame-Options). Any site for the embed, which reads public data only and
 * sends no credentials; the app itself for every other page, so that no other site can frame the
 * signed-in app (clickjacking).
 */
export function frameAncestors(path: string): string {
  return EMBED_PAGE.test(path) ? '*' : "'self'";
}

export interface SecurityHeaderOptions {
  /** The online basemap's style (BASEMAP_STYLE_URL): MapLibre fetches it and its tiles from there. */
  basemapStyleUrl?: string | null | undefined;
}

export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const basemapOrigin = options.basemapStyleUrl ? new URL(options.basemapStyleUrl).origin : null;
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // The planning view's chart (Observable Plot) writes a <style> element into its SVG, which
      // 'self' alone blocks (the browser test saw it). Inline styles only: never inline scripts,
      // and text from data is never HTML, so no markup can bring a style of its own.
      styleSrc: ["'self'", "'unsafe-inline'"],
      // MapLibre decodes images through blob: URLs; icons in CSS are data: URLs.
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...(basemapOrigin ? [basemapOrigin] : [])],
      // MapLibre's worker (setWorkerUrl, a same-origin .mjs) and the service worker.
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: [(c: Context) => frameAncestors(c.req.path)],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: {
      // The public view (/ici) asks where the phone is.
      geolocation: ['self'],
      camera: [],
      microphone: [],
      payment: [],
      usb: [],
      serial: [],
      hid: [],
      midi: [],
      accelerometer: [],
      gyroscope: [],
      magnetometer: [],
      displayCapture: [],
      browsingTopics: [],
    },
    crossOriginOpenerPolicy: 'same-origin',
    // frame-ancestors says it, from one place (frameAncestors above).
    xFrameOptions: false,
    // HSTS belongs to whoever terminates TLS in front of the app (the balancer), for the whole host.
    strictTransportSecurity: false,
  });
}
