// Who is signed in, shared by the header (sign-in, badge) and the map (edit buttons): asked of
// /api/auth/me once on load, then set by signing in and out.
import { useSyncExternalStore } from 'react';
import { fetchMe, signIn, signOut, type Account } from './edit-api.ts';

let account: Account | null = null;
let asked = false;
const listeners = new Set<() => void>();

function set(next: Account | null) {
  account = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!asked) {
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
