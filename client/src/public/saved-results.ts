// The last list of nearest terminals, kept in localStorage: the fallback when the network and the
// service worker's cache both fail, so someone offline still sees the terminals they last looked up.
import type { NearestAnswer } from './public-api.ts';
import type { Place } from './place.ts';

export interface SavedNearest {
  place: Place;
  answer: NearestAnswer;
  /** ISO 8601: when the answer came from the server. */
  savedAt: string;
}

/** Versioned: a later shape gets a new key instead of misreading this one. */
export const SAVED_NEAREST_KEY = 'nc-infra-map:public:nearest:v1';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage where the browser allows it (private modes and some webviews throw). */
export function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function saveNearest(store: KeyValueStore | null, saved: SavedNearest): void {
  try {
    store?.setItem(SAVED_NEAREST_KEY, JSON.stringify(saved));
  } catch {
    // Full or refused: the list on screen is still right; only the offline fallback is lost.
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isPlace(value: unknown): value is Place {
  return (
    isObject(value) &&
    (value.kind === 'position' || value.kind === 'search' || value.kind === 'point') &&
    isNumber(value.lon) &&
    isNumber(value.lat) &&
    (value.label === null || typeof value.label === 'string')
  );
}

function isTerminal(value: unknown): boolean {
  return (
    isObject(value) &&
    isNumber(value.id) &&
    typeof value.siteName === 'string' &&
    isNumber(value.distanceM) &&
    isNumber(value.lon) &&
    isNumber(value.lat)
  );
}

function isAnswer(value: unknown): value is NearestAnswer {
  return (
    isObject(value) &&
    Array.isArray(value.terminals) &&
    value.terminals.every(isTerminal) &&
    Array.isArray(value.unavailable) &&
    value.unavailable.every(isTerminal)
  );
}

/** The saved list, or null when there is none or it is not in the shape this version wrote. */
export function loadNearest(store: KeyValueStore | null): SavedNearest | null {
  try {
    const text = store?.getItem(SAVED_NEAREST_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (!isObject(value) || !isPlace(value.place) || !isAnswer(value.answer)) return null;
    if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return null;
    return { place: value.place, answer: value.answer, savedAt: value.savedAt };
  } catch {
    return null;
  }
}
