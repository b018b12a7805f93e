import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from './random.ts';

const draw = (seed: string) => {
  const r = createRandom(seed);
  return [
    r.next(),
    r.int(1, 6),
    r.pick(['a', 'b', 'c']),
    r.normal(0, 1),
    r.isoDate('2020-01-01', '2020-12-31'),
  ];
};

test('the same seed gives the same stream', () => {
  assert.deepEqual(draw('nc'), draw('nc'));
});

test('a different seed gives a different stream', () => {
  assert.notDeepEqual(draw('nc'), draw('nc-2'));
});

test('the stream is pinned: ARC4 output for a known seed', () => {
  // Guards against a silent change of algorithm, which would change every generated sample.
  const r = createRandom('nc-sample-2019');
  assert.deepEqual([r.int(0, 999), r.int(0, 999), r.int(0, 999)], [320, 595, 957]);
});

test('forks are independent of draws made on the parent', () => {
  const a = createRandom('s');
  const b = createRandom('s');
  b.next();
  assert.equal(a.fork('x').next(), b.fork('x').next());
  assert.notEqual(a.fork('x').next(), a.fork('y').next());
});

test('int stays in its inclusive range and reaches both ends', () => {
  const r = createRandom('int');
  const seen = new Set<number>();
  for (let i = 0; i < 1000; i++) seen.add(r.int(3, 5));
  assert.deepEqual([...seen].sort(), [3, 4, 5]);
  assert.throws(() => r.int(5, 3), /min <= max/);
});

test('weighted never picks a zero weight and follows the weights', () => {
  const r = createRandom('w');
  const counts = { a: 0, b: 0, c: 0 };
  for (let i = 0; i < 4000; i++)
    counts[
      r.weighted([
        ['a', 3],
        ['b', 1],
        ['c', 0],
      ] as const)
    ]++;
  assert.equal(counts.c, 0);
  assert.ok(counts.a > 2 * counts.b, `expected a ≈ 3·b, got ${JSON.stringify(counts)}`);
  assert.throws(() => r.weighted([['a', 0]]), /positive weight/);
});

test('normal is centred and bounded to 3.5 standard deviations', () => {
  const r = createRandom('n');
  const xs = Array.from({ length: 5000 }, () => r.normal(10, 2));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 10) < 0.1, `mean ${mean}`);
  assert.ok(xs.every((x) => x >= 3 && x <= 17));
});

test('isoDate gives calendar days inside the range', () => {
  const r = createRandom('d');
  for (let i = 0; i < 200; i++) {
    const d = r.isoDate('2024-02-28', '2024-03-01');
    assert.ok(['2024-02-28', '2024-02-29', '2024-03-01'].includes(d), d);
  }
  assert.throws(() => r.isoDate('2024-13-01', '2025-01-01'), /YYYY-MM-DD/);
});

test('shuffle keeps every item', () => {
  const r = createRandom('s');
  assert.deepEqual(r.shuffle([1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]);
});
