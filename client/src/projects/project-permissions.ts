// Who may write a commune's projects, as the server decides it (server/edits/project-writes.ts):
// a planner everywhere, a commune account in its own commune only; nobody else, admins included.
import type { Account } from '../editing/edit-api.ts';

export function mayEditProjectsOf(account: Account | null, insee: string): boolean {
  if (account?.role === 'planner') return true;
  return account?.role === 'commune' && account.commune === insee;
}
