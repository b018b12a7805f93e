import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentPosition, LocateError } from './locate.ts';

/** A stand-in for navigator.geolocation answering with a position or an error code. */
function geolocation(answer: { lon: number; lat: number } | { code: number }): Geolocation {
  return {
    getCurrentPosition: (onSuccess: PositionCallback, onError?: PositionErrorCallback | null) => {
      if ('code' in answer) onError?.({ code: answer.code } as GeolocationPositionError);
      else onSuccess({ coords: { longitude: answer.lon, latitude: answer.lat } } as GeolocationPosition);
    },
  } as unknown as Geolocation;
}

describe('currentPosition', () => {
  it('gives longitude and latitude', async () => {
    assert.deepEqual(await currentPosition(geolocation({ lon: 165.3342, lat: -20.938 })), {
      lon: 165.3342,
      lat: -20.938,
    });
  });

  it('says why it failed: refused, unavailable, too slow', async () => {
    for (const [code, reason] of [
      [1, 'denied'],
      [2, 'unavailable'],
      [3, 'timeout'],
    ] as const) {
      await assert.rejects(currentPosition(geolocation({ code })), (error: unknown) => {
        assert.ok(error instanceof LocateError);
        assert.equal(error.reason, reason);
        return true;
      });
    }
  });

  it('says so when the browser has no geolocation', async () => {
    await assert.rejects(currentPosition(undefined), { reason: 'unsupported' });
  });
});
