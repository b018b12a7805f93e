// The public view on a phone over a weak mobile link (issue #9): Chromium's network emulation (CDP
// Network.emulateNetworkConditions), a phone viewport, the geolocation granted at a tribu on the east
// coast; from opening /ici to the nearest Wi-Fi terminal listed after "Près de moi", the time and the
// compressed bytes received until then (CDP Network.loadingFinished encodedDataLength). First visit
// with an empty cache; repeat visit with the service worker and its caches warm (what it fetches
// itself is throttled and counted by a route, as the emulation does not reach it).
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser/playwright-helper.ts';

export interface LinkProfile {
  name: string;
  downloadKbps: number;
  uploadKbps: number;
  latencyMs: number;
}

export const LINK_PROFILES: LinkProfile[] = [
  { name: '9 Mbit/s, 20 ms', downloadKbps: 9000, uploadKbps: 3000, latencyMs: 20 },
  { name: '1.6 Mbit/s, 300 ms', downloadKbps: 1600, uploadKbps: 750, latencyMs: 300 },
  { name: 'EDGE 240 kbit/s, 400 ms', downloadKbps: 240, uploadKbps: 200, latencyMs: 400 },
];

export type Visit = 'first' | 'repeat';

/** Someone in a tribu between Touho and Poindimié, on Grande Terre's east coast. */
export const EAST_COAST = { lon: 165.28, lat: -20.88 };
const PHONE = { width: 360, height: 740 };
const ANSWER_TIMEOUT_MS = 180_000;

export interface SlowLinkRun {
  ms: number;
  bytes: number;
  requests: number;
}

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}

function newPhoneContext(browser: Browser, serviceWorkers: boolean): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    serviceWorkers: serviceWorkers ? 'allow' : 'block',
    geolocation: { longitude: EAST_COAST.lon, latitude: EAST_COAST.lat },
    permissions: ['geolocation'],
  });
}

async function emulate(page: Page, profile: LinkProfile): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadKbps * 1000) / 8,
    uploadThroughput: (profile.uploadKbps * 1000) / 8,
  });
  return cdp;
}

/**
 * What the service worker fetches itself escapes the page's emulation: its requests are held back
 * here as the emulation would (latency, then the body at the link's rate) and counted.
 */
async function throttleServiceWorker(
  context: BrowserContext,
  profile: LinkProfile,
  count: (bytes: number) => void,
): Promise<void> {
  let linkFreeAt = 0;
  await context.route('**/*', async (route) => {
    if (!route.request().serviceWorker()) return route.fallback();
    const response = await route.fetch();
    const body = await response.body();
    const sent = Number(response.headers()['content-length'] ?? body.length) + 300;
    const start = Math.max(performance.now() + profile.latencyMs, linkFreeAt);
    linkFreeAt = start + (sent * 8) / profile.downloadKbps;
    await new Promise((resolve) => setTimeout(resolve, linkFreeAt - performance.now()));
    count(sent);
    await route.fulfill({ response, body });
  });
}

/** Opens /ici, presses "Près de moi" as soon as it is there, and waits for a listed terminal. */
async function timeToNearest(
  page: Page,
  cdp: CDPSession,
  url: string,
  counted: { bytes: number; requests: number },
): Promise<SlowLinkRun> {
  let counting = true;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    if (!counting) return;
    counted.bytes += event.encodedDataLength;
    counted.requests += 1;
  });
  const started = performance.now();
  await page.goto(`${url}/ici`, { waitUntil: 'commit', timeout: ANSWER_TIMEOUT_MS });
  const locate = page.locator('.public__action--locate');
  await locate.waitFor({ state: 'visible', timeout: ANSWER_TIMEOUT_MS });
  await locate.click({ timeout: ANSWER_TIMEOUT_MS });
  await page.waitForFunction(
    () => {
      const list = document.querySelector('.nearest');
      return Number(list?.getAttribute('data-answers')) > 0 && list?.querySelector('.terminal') != null;
    },
    undefined,
    { timeout: ANSWER_TIMEOUT_MS, polling: 50 },
  );
  const ms = performance.now() - started;
  counting = false;
  return { ms, bytes: counted.bytes, requests: counted.requests };
}

/** One measured run of `visit` over `profile` against the app at `url`. */
export async function slowLinkRun(
  browser: Browser,
  url: string,
  profile: LinkProfile,
  visit: Visit,
): Promise<SlowLinkRun> {
  const context = await newPhoneContext(browser, visit === 'repeat');
  try {
    if (visit === 'repeat') {
      // A first visit on a good link, until the service worker controls the page and has warmed up.
      const first = await context.newPage();
      await first.goto(`${url}/ici`, { waitUntil: 'load' });
      await first.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
        timeout: 60_000,
      });
      await first.locator('.public__action--locate').click();
      await first.waitForSelector('.nearest .terminal', { timeout: 60_000 });
      await first.waitForLoadState('networkidle');
      await first.close();
    }
    const counted = { bytes: 0, requests: 0 };
    if (visit === 'repeat') {
      await throttleServiceWorker(context, profile, (bytes) => {
        counted.bytes += bytes;
        counted.requests += 1;
      });
    }
    const page = await context.newPage();
    const cdp = await emulate(page, profile);
    return await timeToNearest(page, cdp, url, counted);
  } finally {
    await context.close();
  }
}
