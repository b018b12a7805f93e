// Who is signed in, shared by the header (sign-in, badge) and the map (edit buttons): asked of
// /api/auth/me once on load, then set by signing in and out. The session cookie is HttpOnly, so a
// hint in localStorage says whether this browser signed in: without it nothing is asked, and the
// public (often offline, or on a weak link) never pays for a request that would answer "nobody".
import { useSyncExternalStore } from 'react';
import { fetchMe, signIn, signOut, type Account } from './edit-api.ts';

let account: Account | null = null;
let asked = false;
const listeners = new Set<() => void>();

const HINT = 'nc-infra-map.signed-in';

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return false;
  }
}

function set(next: Account | null) {
  account = next;
  try {
    if (next) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    // Storage refused (private mode): the hint is only a saving.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!asked && hinted()) {
    asked = true;
    fetchMe().then(set, (error: unknown) => console.warn('Could not ask who is signed in', error));
  }
  return () => listeners.delete(listener);
}

/** The signed-in account, null when nobody is (or before /api/auth/me answered). */
export function useAccount(): Account | null {
  return useSyncExternalStore(subscribe, () => account);
}

export const isPlanner = (who: Account | null) => who?.role === 'planner';

export async function signInAs(email: string, password: string): Promise<void> {
  set(await signIn(email, password));
}

export async function signOutNow(): Promise<void> {
  await signOut();
  set(null);
}
