// Where the reader stands, from the browser's geolocation, as a promise with the reason it failed.
// Coarse and recent is good enough to rank terminals, and answers in a second on a phone.

export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export class LocateError extends Error {
  constructor(readonly reason: LocateFailure) {
    super(`geolocation: ${reason}`);
    this.name = 'LocateError';
  }
}

const OPTIONS: PositionOptions = { enableHighAccuracy: false, maximumAge: 60_000, timeout: 15_000 };

/** GeolocationPositionError codes (W3C Geolocation API): 1 denied, 2 unavailable, 3 timeout. */
function reasonOf(code: number): LocateFailure {
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

/** `geolocation` is the browser's navigator.geolocation, undefined where it has none. */
export function currentPosition(geolocation: Geolocation | undefined): Promise<{ lon: number; lat: number }> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new LocateError('unsupported'));
      return;
    }
    geolocation.getCurrentPosition(
      (position) => resolve({ lon: position.coords.longitude, lat: position.coords.latitude }),
      (error) => reject(new LocateError(reasonOf(error.code))),
      OPTIONS,
    );
  });
}
