// A kill -9 at any moment of a first start leaves a directory that opens, its stale lock
// recovered, holding all that was committed: nothing, the empty schema, or the whole sample,
// never a part of the seed (db/seed.ts loads it in one transaction). Issue 8, embedded data safety.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { generateSample } from '../geodata/sample.ts';
import { startScript, type Child } from '../tests/support/child-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'nc-lock-kill-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const sample = generateSample();
/** Row counts of the seeded tables once the sample is in. */
const seeded: Record<string, number> = {
  provinces: sample.provinces.length,
  communes: sample.communes.length,
  settlements: sample.settlements.length,
  fibre_zones: sample.fibreZones.length,
  fibre_cables: sample.fibreCables.length,
  mobile_sites: sample.mobileSites.length,
  po_box_blocks: sample.poBoxBlocks.length,
  wifi_terminals: sample.wifiTerminals.length,
  schools: sample.schools.length,
  projects: sample.projects.length,
};

/** Which whole state the counts show; anything else is a half-written directory. */
function stateOf(counts: Record<string, number>): 'nothing' | 'migrated' | 'seeded' | 'partial' {
  const tables = Object.keys(seeded);
  if (Object.keys(counts).length === 0) return 'nothing';
  if (!tables.every((t) => t in counts)) return 'partial';
  if (tables.every((t) => counts[t] === 0) && counts.mobile_coverage === 0) return 'migrated';
  if (tables.every((t) => counts[t] === seeded[t]) && (counts.mobile_coverage ?? 0) > 0) return 'seeded';
  return 'partial';
}

/** Polls the directory until `ready` says its entries show the moment to kill. */
const entriesShow = (ready: (entries: string[]) => boolean) => async (dir: string, child: Child) => {
  for (;;) {
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      // not created yet
    }
    if (ready(entries)) return;
    if (child.process.exitCode !== null) throw new Error(`the child ended: ${child.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** Resolves the instant `name` appears in the directory (inotify, faster than polling). */
const created = (name: string) => (dir: string, child: Child) => {
  mkdirSync(dir, { recursive: true });
  return new Promise<void>((resolve, reject) => {
    const watcher = watch(dir, (_event, file) => {
      if (file !== name) return;
      child.process.kill('SIGKILL');
      watcher.close();
      resolve();
    });
    void child.ended.then(() => reject(new Error(`the child ended first: ${child.stderr()}`)));
  });
};

interface KillPoint {
  name: string;
  when: (dir: string, child: Child) => Promise<void>;
  /** The states a reopen may find; the seed is all or nothing. */
  expect: string[];
}

const afterStep =
  (step: string, delayMs = 0) =>
  async (_dir: string, child: Child) => {
    await child.waitFor(new RegExp(`^step ${step}$`), 400_000);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (delayMs > 0) assert.doesNotMatch(child.stdout(), /step seeded/, 'killed during the seed, not after');
  };

const points: KillPoint[] = [
  {
    name: 'as the cluster is being created',
    when: entriesShow((entries) => entries.some((e) => !e.startsWith('nc-infra-map.lock'))),
    expect: ['nothing'],
  },
  // PGlite alone writes PG_VERSION before the rest: killed there, the directory never opened again.
  { name: 'as PG_VERSION appears', when: created('PG_VERSION'), expect: ['nothing'] },
  { name: 'after migrating, before the seed', when: afterStep('migrated'), expect: ['migrated'] },
  { name: 'early in the seed', when: afterStep('seeding', 500), expect: ['migrated'] },
  { name: 'late in the seed', when: afterStep('seeding', 4_000), expect: ['migrated', 'seeded'] },
  { name: 'after the seed committed', when: afterStep('seeded'), expect: ['seeded'] },
];

describe('kill -9 during a first start', { concurrency: true, timeout: 900_000 }, () => {
  for (const point of points) {
    test(`${point.name}: the directory reopens with what was committed`, async () => {
      const dataDir = join(scratch, point.name.replaceAll(' ', '-'));
      const child = startScript('tests/support/data-dir-child.ts', ['seed', dataDir]);
      after(() => child.process.kill('SIGKILL'));
      await point.when(dataDir, child);
      child.process.kill('SIGKILL');
      assert.equal((await child.ended).signal, 'SIGKILL');

      const reopen = await startScript('tests/support/data-dir-child.ts', ['counts', dataDir]).ended;
      assert.equal(reopen.code, 0, reopen.stderr);
      assert.match(reopen.stderr, new RegExp(`recovered the lock of ${dataDir}: pid ${child.pid} `));
      const counts = JSON.parse(/^counts (.*)$/m.exec(reopen.stdout)?.[1] ?? '{}') as Record<string, number>;
      assert.ok(point.expect.includes(stateOf(counts)), `${stateOf(counts)}: ${JSON.stringify(counts)}`);
    });
  }
});
