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

test('a waiter given up on while its turn is handed over passes the slot on', async () => {
  const admission = new Admission({ concurrent: 1, queued: 2 });
  await admission.enter();
  const deadline = new AbortController();
  const first = admission.enter(deadline.signal);
  const second = admission.enter();
  admission.leave(); // the slot is on its way to `first`…
  deadline.abort(); // …which gives up before its turn comes
  assert.equal(await first, false);
  assert.equal(await second, true, 'the slot went on to the next in line');
  assert.deepEqual(admission.load, { running: 1, waiting: 0 });
  admission.leave();
  assert.deepEqual(admission.load, { running: 0, waiting: 0 });
});

test('the next in line starts after the event loop has polled for I/O', async () => {
  const admission = new Admission({ concurrent: 1, queued: 1 });
  await admission.enter();
  const events: string[] = [];
  const next = admission.enter().then(() => events.push('next turn'));
  // A callback already waiting in the event loop stands for I/O to be read (a health probe).
  const io = new Promise<void>((resolve) => setImmediate(() => (events.push('I/O'), resolve())));
  admission.leave();
  await Promise.all([next, io]);
  assert.deepEqual(events, ['I/O', 'next turn']);
});
