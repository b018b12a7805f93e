// Posting a file to import as a signed-in account, for the import tests (issue 11).
import { readFileSync } from 'node:fs';
import type { ImportReport } from '../../server/imports/import-options.ts';
import type { ApiUnderTest } from './api.ts';
import type { SignedInClient } from './sign-in.ts';

export const importFixture = (name: string) =>
  readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url));

export async function postImport(
  api: ApiUnderTest,
  who: SignedInClient,
  name: string,
  bytes: Uint8Array,
  options: object,
): Promise<{ status: number; body: ImportReport & { detail?: string; parameter?: string } }> {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  form.set('options', JSON.stringify(options));
  const res = await api.request('/api/imports', {
    method: 'POST',
    body: form,
    headers: { cookie: who.cookie },
  });
  return { status: res.status, body: (await res.json()) as never };
}
