import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queueOrder, requestPoints, requestStatusOf } from './request-queue.ts';

describe('queueOrder', () => {
  it('keeps an empty queue empty', () => {
    assert.deepEqual(queueOrder([]), []);
  });

  it('puts the open requests first and keeps the given order within each part', () => {
    const requests = [
      { id: 1, status: 'done' },
      { id: 2, status: 'new' },
      { id: 3, status: 'rejected' },
      { id: 4, status: 'planned' },
      { id: 5, status: 'acknowledged' },
    ] as const;
    assert.deepEqual(
      queueOrder(requests).map((r) => r.id),
      [2, 4, 5, 1, 3],
    );
  });
});

describe('requestPoints', () => {
  it('places each request at its longitude and latitude, with its status', () => {
    const points = requestPoints([{ id: 7, status: 'new', lon: 164.86, lat: -21.06 }]);
    assert.deepEqual(points.features, [
      {
        type: 'Feature',
        id: 7,
        geometry: { type: 'Point', coordinates: [164.86, -21.06] },
        properties: { id: 7, status: 'new', open: true },
      },
    ]);
  });
});

describe('requestStatusOf', () => {
  it('keeps a status the API knows, and drops anything else', () => {
    assert.equal(requestStatusOf('acknowledged'), 'acknowledged');
    assert.equal(requestStatusOf('lost'), null);
    assert.equal(requestStatusOf(null), null);
  });
});
