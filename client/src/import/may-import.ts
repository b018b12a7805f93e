// Who may import (issue 11): planners and admins, as POST /api/imports says (requireRole).
import type { Account } from '../editing/edit-api.ts';

export const mayImport = (account: Pick<Account, 'role'> | null): boolean =>
  account?.role === 'planner' || account?.role === 'admin';
