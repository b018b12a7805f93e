// A bounded load: N clients, each sending one request after the other over a keep-alive
// connection, until a deadline. Bodies are read (gzip accepted, not decoded) and thrown away, so
// the generator stays cheap next to the servers it measures. Every request's outcome is kept.
import { Agent, request } from 'node:http';

export interface Outcome {
  path: string;
  /** Milliseconds since the load began. */
  startMs: number;
  endMs: number;
  /** HTTP status, or 0 when the request failed without an answer. */
  status: number;
  /** The balancer's X-Served-By header, when there is one. */
  servedBy: string | undefined;
  error: string | undefined;
}

export interface LoadOptions {
  /** Origin to send to, like http://127.0.0.1:8080. */
  url: string;
  clients: number;
  durationMs: number;
  /** The next path to request, e.g. realisticMix(). */
  nextPath: () => string;
  /** A request taking longer counts as failed. */
  timeoutMs?: number;
}

export interface LoadRun {
  /** Resolves with every outcome once all clients are done. */
  done: Promise<Outcome[]>;
  /** Milliseconds since the load began. */
  elapsedMs(): number;
}

function send(agent: Agent, url: URL, path: string, timeoutMs: number, started: number): Promise<Outcome> {
  const startMs = performance.now() - started;
  return new Promise((resolve) => {
    const finish = (status: number, servedBy: string | undefined, error: string | undefined) =>
      resolve({ path, startMs, endMs: performance.now() - started, status, servedBy, error });
    const req = request(
      { agent, host: url.hostname, port: url.port, path, headers: { 'Accept-Encoding': 'gzip' } },
      (res) => {
        const header = res.headers['x-served-by'];
        const servedBy = typeof header === 'string' ? header : undefined;
        res.on('data', () => {});
        res.on('end', () => finish(res.statusCode ?? 0, servedBy, undefined));
        // Cut after the headers: the answer is lost, but who was giving it is known.
        res.on('error', (err) => finish(0, servedBy, err.message));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err: NodeJS.ErrnoException) => finish(0, undefined, err.code ?? err.message));
    req.end();
  });
}

export function startLoad(options: LoadOptions): LoadRun {
  const { clients, durationMs, nextPath, timeoutMs = 10_000 } = options;
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const started = performance.now();
  const outcomes: Outcome[] = [];
  const client = async () => {
    while (performance.now() - started < durationMs) {
      outcomes.push(await send(agent, url, nextPath(), timeoutMs, started));
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client)).then(() => {
    agent.destroy();
    return outcomes;
  });
  return { done, elapsedMs: () => performance.now() - started };
}

export interface LoadSummary {
  requests: number;
  failed: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Figures of a run; failed means no answer or a status of 500 and above. */
export function summarize(outcomes: Outcome[], durationMs: number): LoadSummary {
  const latencies = outcomes.map((o) => o.endMs - o.startMs).sort((a, b) => a - b);
  const quantile = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: outcomes.length,
    failed: outcomes.filter((o) => o.status === 0 || o.status >= 500).length,
    requestsPerSecond: outcomes.length / (durationMs / 1000),
    p50Ms: quantile(0.5),
    p99Ms: quantile(0.99),
  };
}
