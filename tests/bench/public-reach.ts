// BENCH_ONLY=slow-link: the public view over weak links and the client's size per view, for this
// checkout and, with BASELINE_REF=<git ref>, that ref built and served beside it, side by side.
import type { Browser } from 'playwright';
import { currentTarget, refTarget, type CheckoutTarget } from './checkout-target.ts';
import { clientSizes, type ViewSize } from './client-size.ts';
import { LINK_PROFILES, launchBenchBrowser, slowLinkRun, type SlowLinkRun, type Visit } from './slow-link.ts';
import { table } from './stats.ts';

interface Measured {
  label: string;
  links: Map<string, { ms: number; bytes: number; requests: number }>;
  sizes: ViewSize[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const ratio = (after: number | undefined, before: number | undefined) =>
  after !== undefined && before ? (after / before).toFixed(2) : '';
const VISITS: Visit[] = ['first', 'repeat'];

async function measure(browser: Browser, target: CheckoutTarget, runs: number): Promise<Measured> {
  const links = new Map<string, { ms: number; bytes: number; requests: number }>();
  for (const profile of LINK_PROFILES) {
    for (const visit of VISITS) {
      const samples: SlowLinkRun[] = [];
      for (let i = 0; i < runs; i++) samples.push(await slowLinkRun(browser, target.url, profile, visit));
      const row = {
        ms: median(samples.map((s) => s.ms)),
        bytes: median(samples.map((s) => s.bytes)),
        requests: median(samples.map((s) => s.requests)),
      };
      links.set(`${profile.name}|${visit}`, row);
      console.error(
        `(${target.label}: ${profile.name}, ${visit} visit: ${seconds(row.ms)} s, ${kb(row.bytes)} KiB)`,
      );
    }
  }
  return { label: target.label, links, sizes: await clientSizes(browser, target.url, target.clientDir) };
}

export async function benchPublicReach(runs: number, baselineRef: string | undefined): Promise<string> {
  const browser = await launchBenchBrowser();
  const measured: Measured[] = [];
  try {
    for (const open of [...(baselineRef ? [() => refTarget(baselineRef)] : []), currentTarget]) {
      const target = await open();
      try {
        measured.push(await measure(browser, target, runs));
      } finally {
        await target.close();
      }
    }
  } finally {
    await browser.close();
  }
  const [before, after] = measured.length === 2 ? measured : [undefined, measured[0]];
  if (!after) return '';
  const head = (what: string) =>
    before ? [`${what} ${before.label}`, `${what} ${after.label}`, '×'] : [what];
  const pair = (f: (m: Measured) => number | undefined, show: (n: number) => string) => {
    const b = before ? f(before) : undefined;
    const a = f(after);
    const text = (n: number | undefined) => (n === undefined ? '' : show(n));
    return before ? [text(b), text(a), ratio(a, b)] : [text(a)];
  };

  const linkRows = LINK_PROFILES.flatMap((profile) =>
    VISITS.map((visit) => {
      const key = `${profile.name}|${visit}`;
      return [
        profile.name,
        visit,
        ...pair((m) => m.links.get(key)?.ms, seconds),
        ...pair((m) => m.links.get(key)?.bytes, kb),
        ...pair((m) => m.links.get(key)?.requests, String),
      ];
    }),
  );
  const sizeRows = after.sizes.map((size) => {
    const of = (m: Measured) => m.sizes.find((s) => s.view === size.view);
    return [
      size.view,
      ...pair((m) => of(m)?.files, String),
      ...pair((m) => of(m)?.brotliBytes, kb),
      ...pair((m) => of(m)?.gzipBytes, kb),
      ...pair((m) => of(m)?.rawBytes, kb),
    ];
  });
  return [
    `\n## /ici on a phone over weak links: "Près de moi" to the nearest terminal listed, median of ${runs} runs\n`,
    table(['link', 'visit', ...head('s'), ...head('KiB'), ...head('requests')], linkRows),
    `\n## Client size per view (files a browser asks for to show it; compressed from the build)\n`,
    table(['view', ...head('files'), ...head('br KiB'), ...head('gzip KiB'), ...head('raw KiB')], sizeRows),
  ].join('\n');
}
