// Several instances (issue #8): two app processes over one PostgreSQL behind a real HAProxy,
// under the realistic mix from 20 clients. One instance stops mid-load, drained (SIGTERM) or
// crashed (SIGKILL): no request fails, since HAProxy sends the safe requests that met a closed or
// dead instance to the other one (a crash may only cut answers already under way), and the
// survivor serves everything once the other is gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startAppProcess, type AppProcess } from '../support/app-process.ts';
import { openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { haproxyConfig, startHaproxy, type Balancer } from '../support/haproxy.ts';
import { startLoad, type Outcome } from '../support/load.ts';
import { realisticMix } from '../support/realistic-mix.ts';

const CLIENTS = 20;
const STOP_AT_MS = 1_500;
const LOAD_MS = 4_500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const describeFailure = (o: Outcome) => `${o.path}: ${o.status || o.error} at ${o.startMs.toFixed(0)} ms`;

test("the README's deployment section shows the HAProxy configuration this test runs", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const shown = new Set(
    (/```haproxy\n([\s\S]*?)```/.exec(readme)?.[1] ?? '').split('\n').map((l) => l.trim()),
  );
  // Left out there: the process-wide settings, the test's own address and its X-Served-By header.
  const testOnly = /^(global|maxconn|bind|http-response set-header X-Served-By)/;
  const missing = haproxyConfig(0, [])
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !testOnly.test(line) && !shown.has(line));
  assert.deepEqual(missing, []);
});

describe('two instances behind HAProxy (server backend)', () => {
  let db: TestDatabase;
  let first: AppProcess;
  let second: AppProcess;
  let balancer: Balancer;
  const instanceEnv = () => ({ DATABASE_URL: db.databaseUrl ?? '', DRAIN_GRACE_MS: '5000' });

  before(async () => {
    db = await openTestDatabase('server');
    [first, second] = await Promise.all([startAppProcess(instanceEnv()), startAppProcess(instanceEnv())]);
    balancer = await startHaproxy([
      { name: 'first', port: first.port },
      { name: 'second', port: second.port },
    ]);
  });
  after(async () => {
    await balancer?.stop();
    await Promise.all([first?.stop(), second?.stop()]);
    await db?.dispose();
  });

  /** Starts the second instance again on its port if it is gone, and waits until HAProxy uses it. */
  async function secondInRotation() {
    if (second.child.exitCode !== null || second.child.signalCode !== null) {
      second = await startAppProcess(instanceEnv(), { port: second.port });
    }
    for (let attempt = 0; attempt < 100; attempt++) {
      const res = await fetch(`${balancer.url}/api/config`);
      await res.arrayBuffer();
      if (res.headers.get('x-served-by') === 'second') return;
      await sleep(100);
    }
    throw new Error(`HAProxy never sent a request to the second instance:\n${balancer.output()}`);
  }

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    test(`the second instance stops (${signal}) mid-load: ${signal === 'SIGKILL' ? 'only answers under way fail' : 'no failed request'}, the first serves all after`, async () => {
      await secondInRotation();
      const load = startLoad({
        url: balancer.url,
        clients: CLIENTS,
        durationMs: LOAD_MS,
        nextPath: realisticMix(signal),
      });
      while (load.elapsedMs() < STOP_AT_MS) await sleep(20);
      const stoppedAt = load.elapsedMs();
      second.child.kill(signal);
      const exit = await second.exited;
      const goneAt = load.elapsedMs();
      const outcomes = await load.done;

      const failed = outcomes.filter((o) => o.status !== 200);
      // A crash can cut answers the second instance had begun to send (their headers came
      // through HAProxy, which can no longer retry): those, and only those, may fail.
      const cutAnswers = (o: Outcome) =>
        signal === 'SIGKILL' && o.servedBy === 'second' && o.startMs <= stoppedAt && o.endMs >= stoppedAt;
      assert.deepEqual(
        failed.filter((o) => !cutAnswers(o)).map(describeFailure),
        [],
        `${signal}: ${failed.length} of ${outcomes.length} requests failed`,
      );
      const servedBefore = new Set(outcomes.filter((o) => o.endMs < stoppedAt).map((o) => o.servedBy));
      assert.deepEqual(
        [...servedBefore].sort(),
        ['first', 'second'],
        'both instances served before the stop',
      );
      const afterGone = outcomes.filter((o) => o.startMs > goneAt);
      assert.ok(afterGone.length >= 30, `only ${afterGone.length} requests after the stop`);
      assert.deepEqual([...new Set(afterGone.map((o) => o.servedBy))], ['first']);
      if (signal === 'SIGTERM') {
        assert.equal(exit.code, 0, second.output());
        assert.match(second.output(), /SIGTERM: draining/);
      } else {
        assert.equal(exit.signal, 'SIGKILL');
      }
      const inFlight = outcomes.filter((o) => o.startMs <= stoppedAt && o.endMs >= stoppedAt).length;
      console.log(
        `${signal}: ${outcomes.length} requests, ${inFlight} in flight at the stop, ${failed.length} failed; ` +
          `instance gone ${(goneAt - stoppedAt).toFixed(0)} ms after the signal, ${afterGone.length} requests after`,
      );
    });
  }

  test('with no instance left, HAProxy answers 503 JSON with Retry-After', async () => {
    await Promise.all([first.stop(), second.stop()]);
    // While the instances go, a kept-alive connection may be cut under a request: ask again.
    const ask = () => fetch(`${balancer.url}/api/config`).catch(() => undefined);
    let res = await ask();
    for (let attempt = 0; res?.status !== 503 && attempt < 50; attempt++) {
      await sleep(100);
      res = await ask();
    }
    assert.ok(res, 'HAProxy never answered');
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '2');
    assert.deepEqual(await res.json(), { error: 'unavailable', detail: 'no app instance is available' });
  });
});
