// Small statistics for benchmarks: medians over repeated runs (alone, or interleaved between
// contenders), and a readable table.

export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm caches and plans once, untimed
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
}

/**
 * Medians of several contenders timed in turns: each run times every one once, starting with a
 * different one each run, so that a noisy moment of a shared machine falls on all of them.
 */
export async function interleavedMediansMs<K extends string>(
  runs: number,
  contenders: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const names = Object.keys(contenders) as K[];
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = -2; round < runs; round++) {
    // Two untimed rounds first: caches, plans, connections.
    for (let i = 0; i < names.length; i++) {
      const name = names[(Math.max(round, 0) + i) % names.length] as K;
      const started = performance.now();
      await contenders[name]();
      if (round >= 0) times.get(name)?.push(performance.now() - started);
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  };
  return Object.fromEntries(names.map((name) => [name, median(times.get(name) ?? [])])) as Record<K, number>;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(cells[0] ?? []), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
