// The client's address as the socket gives it, for the limits per address (sign-in, the public's
// requests); 'local' when there is no socket (the app called in-process).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
