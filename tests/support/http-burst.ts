// A burst of requests fired at once from a worker thread, with the health check probed all the
// while. The worker has an event loop of its own: a client in the app's own thread would send
// nothing while the app (or PGlite, which runs on that thread) is busy, and would time its own
// waiting instead of the server's answers.
import { Worker } from 'node:worker_threads';

export interface BurstAnswer {
  status: number;
  ms: number;
  retryAfter: string | null;
  error: string | null;
}

export interface BurstResult {
  answers: BurstAnswer[];
  /** Latency of each health probe sent while the burst ran, in ms. */
  health: number[];
  /** Status of each health probe. */
  healthStatus: number[];
}

export interface BurstOptions {
  baseUrl: string;
  path: string;
  init: { method: string; headers: Record<string, string>; body: string };
  count: number;
  /** Requests each of the `count` clients sends one after the other (default 1). */
  rounds?: number;
  /** With `count` 0: how many health probes to send alone, for a baseline. */
  probes?: number;
  probeEveryMs?: number;
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { baseUrl, path, init, count, rounds, probes, probeEveryMs } = workerData;
async function timed(url, options) {
  const started = performance.now();
  const res = await fetch(url, options);
  const text = await res.text();
  let error = null;
  try { error = JSON.parse(text).error ?? null; } catch {}
  return { status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after'), error };
}
(async () => {
  let running = true;
  const client = async () => {
    const answers = [];
    for (let i = 0; i < rounds; i++) answers.push(await timed(baseUrl + path, init));
    return answers;
  };
  const burst = Promise.all(Array.from({ length: count }, client))
    .then((perClient) => perClient.flat())
    .finally(() => { running = count > 0 ? false : running; });
  const health = [], healthStatus = [];
  let left = count > 0 ? Infinity : probes;
  while (count > 0 ? running : left-- > 0) {
    const probe = await timed(baseUrl + '/api/health');
    health.push(probe.ms);
    healthStatus.push(probe.status);
    await new Promise((resolve) => setTimeout(resolve, probeEveryMs));
  }
  parentPort.postMessage({ answers: await burst, health, healthStatus });
})().catch((error) => parentPort.postMessage({ failed: String(error) }));
`;

export function burstWithProbes(options: BurstOptions): Promise<BurstResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      execArgv: [],
      workerData: { probeEveryMs: 25, rounds: 1, probes: 0, ...options },
    });
    worker.once('message', (message: BurstResult | { failed: string }) => {
      void worker.terminate();
      if ('failed' in message) reject(new Error(message.failed));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

/** The p-th percentile (0–100) of some values. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
