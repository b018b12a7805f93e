// Throughput under concurrency: a closed loop of N clients, each sending its next request as soon
// as the last one is answered. For HTTP, wrk (Debian's package) when installed: a C client that
// costs the servers it measures little CPU; else a loop of fetch calls in this process, which is
// also how work without HTTP (the same SQL sent directly) is loaded.
import { execFile, execFileSync } from 'node:child_process';

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Requests that failed or answered a status other than 2xx. */
  failed: number;
  /** 'wrk' or 'node' (the fallback loop). */
  tool: string;
}

export interface LoadShape {
  connections: number;
  seconds: number;
  /** Untimed seconds of the same load before the measured ones. */
  warmUpSeconds: number;
}

export function wrkPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** `fn` run by `connections` callers at once for `seconds`; a throw counts as a failure. */
export async function closedLoop(
  fn: () => Promise<unknown>,
  shape: LoadShape,
  tool = 'node',
): Promise<Throughput> {
  const run = async (ms: number) => {
    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    const caller = async () => {
      while (performance.now() - started < ms) {
        const t = performance.now();
        try {
          await fn();
        } catch {
          failed++;
        }
        latencies.push(performance.now() - t);
      }
    };
    await Promise.all(Array.from({ length: shape.connections }, caller));
    return { latencies, failed, elapsedMs: performance.now() - started };
  };
  await run(shape.warmUpSeconds * 1000);
  const { latencies, failed, elapsedMs } = await run(shape.seconds * 1000);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    requests: latencies.length,
    failed,
    tool,
  };
}

/** wrk's duration (`850.00us`, `3.20ms`, `1.05s`, `2.00m`) in ms. */
function wrkMs(value: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value ?? '');
  if (!match) return NaN;
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
  return Number(match[1]) * factor;
}

function runWrk(wrk: string, url: string, connections: number, seconds: number): Promise<Throughput> {
  // The timeout is above the app's request budget (12 s): a slow answer is measured, not dropped.
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '15s',
    '--latency',
    '-H',
    'Accept-Encoding: identity',
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile(wrk, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`wrk failed: ${stderr || error.message}`));
      const requests = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? NaN);
      const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
      const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/
        .exec(stdout)
        ?.slice(1)
        .reduce((sum, n) => sum + Number(n), 0);
      resolve({
        requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? NaN),
        p50Ms: wrkMs(/^\s+50%\s+(\S+)/m.exec(stdout)?.[1]),
        p99Ms: wrkMs(/^\s+99%\s+(\S+)/m.exec(stdout)?.[1]),
        requests,
        failed: non2xx + (socketErrors ?? 0),
        tool: 'wrk',
      });
    });
  });
}

/** GET `url` under the load's shape, bodies read in full, no compression asked. */
export async function httpThroughput(url: string, shape: LoadShape): Promise<Throughput> {
  const wrk = wrkPath();
  if (wrk) {
    if (shape.warmUpSeconds > 0) await runWrk(wrk, url, shape.connections, shape.warmUpSeconds);
    return runWrk(wrk, url, shape.connections, shape.seconds);
  }
  return closedLoop(async () => {
    const res = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  }, shape);
}
