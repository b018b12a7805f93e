// Why a write did not happen, in the reader's words: a 403 says the account may not (with the
// server's own reason), a 401 that the session is gone, anything else the status and the detail.
import type { TFunction } from 'i18next';
import { ProjectWriteError } from './project-api.ts';

export function refusalText(t: TFunction, error: unknown): string {
  if (!(error instanceof ProjectWriteError))
    return t('commune.edit.refused', { status: '—', detail: String(error) });
  if (error.status === 403) return t('commune.edit.forbidden', { detail: error.detail });
  if (error.status === 401) return t('commune.edit.signedOut');
  return t('commune.edit.refused', { status: error.status, detail: error.detail });
}
