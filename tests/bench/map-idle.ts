// BENCH_ONLY=map-idle: how long the map takes to be idle with the coverage layer shown, drawn from
// vector tiles (this checkout) against one GeoJSON download per view (BASELINE_REF, by default the
// commit before the tiles), on the sample and on ten times the sample. Both checkouts are built and
// served side by side over copies of the same embedded database; each run is a fresh browser
// context (empty cache). Measured: from navigation to the first idle frame with coverage drawn over
// the whole territory (zoom 7), then a jump to Greater Nouméa (zoom 11) and one back out to the
// north (zoom 8), each until idle again.
import type { Browser, Page } from 'playwright';
import { copyEmbeddedTemplate, type TemplateState } from '../support/databases.ts';
import { currentTarget, refTarget, type CheckoutTarget } from './checkout-target.ts';
import { launchBenchBrowser } from './slow-link.ts';
import { table } from './stats.ts';

/** The commit just before the map drew coverage from tiles. */
export const DEFAULT_BASELINE = '8676701';

const STEPS = [
  { name: 'open, territory z7', view: { zoom: 7, center: [165.6, -21.3] as [number, number] } },
  { name: 'jump, Greater Nouméa z11', view: { zoom: 11, center: [166.45, -22.24] as [number, number] } },
  { name: 'jump, north z8', view: { zoom: 8, center: [164.6, -20.6] as [number, number] } },
] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/**
 * Resolves, in the page, with performance.now() once the map is idle with coverage drawn. A string:
 * tsx names the functions it compiles with a helper the page does not have.
 */
const IDLE_WITH_COVERAGE = `new Promise((resolve, reject) => {
  const started = performance.now();
  const check = () => {
    const map = window.__map;
    const drawn = map && map.loaded() && map.areTilesLoaded() && !map.isMoving() &&
      map.queryRenderedFeatures().some((f) => String(f.source).includes('mobile-coverage'));
    if (drawn) resolve(performance.now());
    else if (performance.now() - started > 120000) reject(new Error('the map never drew coverage'));
    else requestAnimationFrame(check);
  };
  check();
})`;

const idleWithCoverage = (page: Page) => page.evaluate<number>(IDLE_WITH_COVERAGE);

async function oneRun(browser: Browser, target: CheckoutTarget): Promise<number[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const [first, ...jumps] = STEPS;
    const hash = `map=${first.view.zoom}/${first.view.center[1]}/${first.view.center[0]}&layers=mobile-coverage`;
    await page.goto(`${target.url}/#${hash}`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
    const times = [await idleWithCoverage(page)];
    for (const step of jumps) {
      const started = await page.evaluate((view) => {
        window.__map?.jumpTo(view);
        return performance.now();
      }, step.view);
      times.push((await idleWithCoverage(page)) - started);
    }
    return times;
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, target: CheckoutTarget, runs: number): Promise<number[]> {
  await oneRun(browser, target); // warm the server (bands, caches) and the browser's compile caches
  const samples: number[][] = [];
  for (let i = 0; i < runs; i++) samples.push(await oneRun(browser, target));
  return STEPS.map((_, step) => median(samples.map((s) => s[step] ?? NaN)));
}

export async function benchMapIdle(runs: number, baselineRef = DEFAULT_BASELINE): Promise<string> {
  const browser = await launchBenchBrowser();
  const sections: string[] = [];
  try {
    for (const state of ['seeded', 'seeded-x10'] satisfies TemplateState[]) {
      const measured: { label: string; ms: number[] }[] = [];
      for (const open of [
        async () => refTarget(baselineRef, { dataDir: await copyEmbeddedTemplate(state) }),
        async () => currentTarget({ dataDir: await copyEmbeddedTemplate(state) }),
      ]) {
        const target = await open();
        try {
          measured.push({ label: target.label, ms: await measure(browser, target, runs) });
          console.error(
            `(${state}, ${target.label}: ${measured
              .at(-1)
              ?.ms.map((m) => m.toFixed(0))
              .join(' / ')} ms)`,
          );
        } finally {
          await target.close();
        }
      }
      const [geojson, tiles] = measured;
      if (!geojson || !tiles) continue;
      const label = state === 'seeded' ? 'sample' : 'sample ×10';
      sections.push(
        `\n## Map idle with mobile coverage — embedded backend, ${label}, median of ${runs} runs\n\n` +
          table(
            ['step', `GeoJSON (${geojson.label}) ms`, `tiles (${tiles.label}) ms`, 'tiles/GeoJSON'],
            STEPS.map((step, i) => [
              step.name,
              (geojson.ms[i] ?? NaN).toFixed(0),
              (tiles.ms[i] ?? NaN).toFixed(0),
              ((tiles.ms[i] ?? NaN) / (geojson.ms[i] ?? NaN)).toFixed(2),
            ]),
          ),
      );
    }
  } finally {
    await browser.close();
  }
  return sections.join('\n');
}
