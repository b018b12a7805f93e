// The admission queue in front of heavy routes: a few run, a few wait in order, the rest are
// refused at once, and a waiter whose deadline passes leaves the queue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Admission } from './admission.ts';

test('runs `concurrent`, queues `queued` in order, refuses the rest', async () => {
  const admission = new Admission({ concurrent: 2, queued: 2 });
  assert.equal(await admission.enter(), true);
  assert.equal(await admission.enter(), true);
  const order: number[] = [];
  const third = admission.enter().then((ok) => ok && order.push(3));
  const fourth = admission.enter().then((ok) => ok && order.push(4));
  assert.equal(await admission.enter(), false, 'the fifth is refused');
  assert.deepEqual(admission.load, { running: 2, waiting: 2 });
  admission.leave();
  await third;
  admission.leave();
  await fourth;
  assert.deepEqual(order, [3, 4]);
  admission.leave();
  admission.leave();
  assert.deepEqual(admission.load, { running: 0, waiting: 0 });
});

test('a waiter whose signal aborts leaves the queue and frees its place', async () => {
  const admission = new Admission({ concurrent: 1, queued: 1 });
  await admission.enter();
  const deadline = new AbortController();
  const waiting = admission.enter(deadline.signal);
  deadline.abort();
  assert.equal(await waiting, false);
  assert.deepEqual(admission.load, { running: 1, waiting: 0 });
  const next = admission.enter();
  admission.leave();
  assert.equal(await next, true);
});
