// The ogc-items benchmark's figures as Markdown tables: latency medians and requests/s per
// backend, each with its ratios against the same SQL sent directly and against MapServer, then
// how MapServer's answers differ from ours.
import type { Backend } from '../../db/connection.ts';
import type { OgcItemsOptions, OgcItemsResult } from './ogc-items.ts';
import { table } from './stats.ts';

const ms = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(2) : '—');
const perSecond = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n.toFixed(0) : '—');
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Number.isFinite(a / b) ? (a / b).toFixed(2) : '—';

export function ogcItemsReport(result: OgcItemsResult, options: OgcItemsOptions): string {
  const out: string[] = [];
  const { connections, seconds } = options.load;
  for (const backend of ['server', 'embedded'] satisfies Backend[]) {
    const rows = result.rows.filter((r) => r.backend === backend);
    if (rows.length === 0) continue;
    const withMapserver = rows.some((r) => r.ms.mapserver !== undefined);
    const peer = (cells: string[]) => (withMapserver ? cells : []);
    out.push(
      `\n## OGC API – Features items — ${backend} backend, median of ${options.runs} runs, interleaved\n`,
      table(
        [
          'layer',
          'view',
          'features',
          '/ogc ms',
          'same SQL ms',
          ...peer(['MapServer ms']),
          '/ogc ÷ SQL',
          ...peer(['/ogc ÷ MapServer']),
        ],
        rows.map((r) => [
          r.layer,
          r.view,
          r.features,
          ms(r.ms.ours),
          ms(r.ms.sql),
          ...peer([ms(r.ms.mapserver)]),
          ratio(r.ms.ours, r.ms.sql),
          ...peer([ratio(r.ms.ours, r.ms.mapserver)]),
        ]),
      ),
    );
    const tool = rows[0]?.throughput.ours.tool ?? 'node';
    out.push(
      `\n## OGC API – Features items — ${backend} backend, requests/s with ${connections} clients for ${seconds} s (HTTP: ${tool}; SQL: a pool as large as the app's)\n`,
      table(
        [
          'layer',
          'view',
          '/ogc req/s',
          'same SQL req/s',
          ...peer(['MapServer req/s']),
          '/ogc ÷ SQL',
          ...peer(['/ogc ÷ MapServer']),
          '/ogc p99 ms',
          ...peer(['MapServer p99 ms']),
          'failed',
        ],
        rows.map((r) => [
          r.layer,
          r.view,
          perSecond(r.throughput.ours.requestsPerSecond),
          perSecond(r.throughput.sql.requestsPerSecond),
          ...peer([perSecond(r.throughput.mapserver?.requestsPerSecond)]),
          ratio(r.throughput.ours.requestsPerSecond, r.throughput.sql.requestsPerSecond),
          ...peer([ratio(r.throughput.ours.requestsPerSecond, r.throughput.mapserver?.requestsPerSecond)]),
          ms(r.throughput.ours.p99Ms),
          ...peer([ms(r.throughput.mapserver?.p99Ms)]),
          r.throughput.ours.failed + r.throughput.sql.failed + (r.throughput.mapserver?.failed ?? 0),
        ]),
      ),
    );
  }
  if (result.mapserverSkipped) {
    out.push(`\nMapServer left out: ${result.mapserverSkipped}. Everything else ran.`);
  } else {
    out.push(`\n## MapServer's answers against ours (same bbox and limit)\n`);
    for (const r of result.rows.filter((row) => row.differences))
      out.push(`- ${r.layer}, ${r.view}: ${r.differences?.join('; ')}`);
  }
  return out.join('\n');
}
