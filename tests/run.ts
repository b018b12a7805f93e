// `npm test`: checks the system packages, provides a PostGIS server (TEST_DATABASE_URL, or a
// throwaway cluster), then runs every *.test.ts through node's test runner, two files at a time
// (TEST_CONCURRENCY=1 for one).
// TEST_FILTER=substring narrows the files. Ends with node's TAP summary and `N passed, N failed`.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { startPostgisCluster, type PostgisCluster } from './support/postgis-cluster.ts';
import { ensureSystemDeps } from './support/system-deps.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEST_ROOTS = ['geodata', 'db', 'server', 'client', 'tests'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

/** Every *.test.ts under the test roots, relative to the repository, sorted. */
function findTestFiles(filter = ''): string[] {
  const files: string[] = [];
  for (const root of TEST_ROOTS) {
    let entries: string[];
    try {
      entries = readdirSync(join(ROOT, root), { recursive: true, encoding: 'utf8' });
    } catch {
      continue; // a root that does not exist yet
    }
    for (const entry of entries) {
      const segments = entry.split(sep);
      if (!entry.endsWith('.test.ts')) continue;
      if (segments.some((s) => SKIPPED_DIRS.has(s) || s.startsWith('.'))) continue;
      files.push(relative(ROOT, join(ROOT, root, entry)));
    }
  }
  return files.filter((file) => file.includes(filter)).sort();
}

/** Reads the totals of node's TAP summary (`# pass N`, `# fail N`, …) as the lines go by. */
class TapSummary {
  readonly counts = new Map<string, number>();
  private partial = '';

  feed(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      // Only unindented lines: nested subtests print no totals, but stay strict anyway.
      const match = /^# (tests|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line.trimEnd());
      if (match?.[1] && match[2]) this.counts.set(match[1], Number(match[2]));
    }
  }

  /** `N passed, N failed, N skipped`; cancelled tests (timeouts, crashed files) count as failed. */
  line(): string | undefined {
    const count = (key: string) => this.counts.get(key) ?? 0;
    if (!this.counts.has('pass')) return undefined;
    return `${count('pass')} passed, ${count('fail') + count('cancelled')} failed, ${count('skipped')} skipped`;
  }
}

async function describeServer(url: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await sql<{ version: string; postgis: string | null }[]>`
      SELECT current_setting('server_version') AS version,
             (SELECT default_version FROM pg_available_extensions WHERE name = 'postgis') AS postgis`;
    if (!row?.postgis) throw new Error(`the PostgreSQL server at ${url} has no PostGIS extension available`);
    return `PostgreSQL ${row.version}, PostGIS ${row.postgis}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main(): Promise<number> {
  const files = findTestFiles(process.env.TEST_FILTER ?? '');
  if (files.length === 0) {
    console.error(
      `No test files found${process.env.TEST_FILTER ? ` matching TEST_FILTER=${process.env.TEST_FILTER}` : ''}.`,
    );
    return 1;
  }

  const deps = ensureSystemDeps();
  let cluster: PostgisCluster | undefined;
  let interrupted: NodeJS.Signals | undefined;
  let child: ReturnType<typeof spawn> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130); // a second Ctrl-C: give up waiting (the exit hook still stops the cluster)
    interrupted = signal;
    child?.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    let databaseUrl = process.env.TEST_DATABASE_URL;
    let origin = 'TEST_DATABASE_URL';
    if (!databaseUrl) {
      const started = Date.now();
      cluster = await startPostgisCluster();
      databaseUrl = cluster.url;
      origin = `throwaway cluster, started in ${Date.now() - started} ms`;
    }
    if (interrupted) return 130;
    console.log(`server database: ${databaseUrl} (${origin}; ${await describeServer(databaseUrl)})`);
    console.log('embedded database: PGlite with PostGIS (in-process)');
    console.log(`browser: ${deps.chromium}`);
    console.log(`test files (${files.length}):\n${files.map((file) => `  ${file}`).join('\n')}`);

    const summary = new TapSummary();
    const timeout = process.env.TEST_TIMEOUT_MS ?? '300000';
    // Two files at a time by default: most wait on a database, a child process or the browser.
    const concurrency = process.env.TEST_CONCURRENCY ?? '2';
    const args = [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      `--test-timeout=${timeout}`,
      '--test-reporter=tap',
      ...files,
    ];
    const exitCode = await new Promise<number>((resolve, reject) => {
      child = spawn(process.execPath, args, {
        cwd: ROOT,
        stdio: ['inherit', 'pipe', 'inherit'],
        env: {
          ...process.env,
          TEST_DATABASE_URL: databaseUrl,
          CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? deps.chromium,
        },
      });
      child.stdout?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => {
        process.stdout.write(chunk);
        summary.feed(chunk);
      });
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
    });
    summary.feed('\n');

    await cluster?.stop();
    cluster = undefined;
    const totals = summary.line();
    if (totals) console.log(totals);
    else console.log(`The test runner ended without a summary (exit code ${exitCode}).`);
    if (interrupted) return 130;
    return exitCode;
  } finally {
    await cluster?.stop();
  }
}

process.exitCode = await main();
