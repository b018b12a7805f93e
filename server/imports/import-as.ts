// An import made by the account of an email, for the command line and the app's local channel:
// the account must exist and be a planner's or an admin's, as in the browser.
import type { Database } from '../../db/connection.ts';
import { accountByEmail } from '../auth/accounts.ts';
import type { SignedIn } from '../auth/current-account.ts';
import { httpError } from '../errors.ts';
import type { ImportOptions, ImportProgress, ImportReport } from './import-options.ts';
import { runImport, type UploadedFile } from './run-import.ts';

export async function importAs(
  db: Database,
  email: string,
  upload: UploadedFile,
  options: ImportOptions,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const account = await accountByEmail(db, email);
  if (!account) throw httpError(404, `no account ${email}: make one with npm run user:create`);
  if (account.role !== 'planner' && account.role !== 'admin') {
    throw httpError(403, `${email} is a ${account.role} account; an import is made by a planner or an admin`);
  }
  return runImport(db, { ...account, sessionId: 0 } as SignedIn, upload, options, onProgress);
}
