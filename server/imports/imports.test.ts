// Imports through the API on both backends (issue 11): each format and coordinate system, the
// mapping, the dry run (nothing written) and the commit (all or nothing, in the history, recorded).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi, type ApiUnderTest } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn, type SignedInClient } from '../../tests/support/sign-in.ts';
import type { ImportReport } from './import-options.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/imports/${name}`, import.meta.url));

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

for (const backend of testBackends()) {
  describe(`imports (${backend})`, () => {
    const api = useApi(backend);
    let planner: SignedInClient;
    const count = async (table: string) =>
      (await api.db.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n;

    test('a GeoJSON of Wi-Fi terminals in Lambert New Caledonia: dry run writes nothing, the commit writes it all', async () => {
      planner = await signedIn(api, 'import-planner@example.nc', 'planner');
      const before = await count('wifi_terminals');
      const file = fixture('wifi-terminals-3163.geojson');
      const dry = await postImport(api, planner, 'bornes.geojson', file, {
        target: 'wifi-terminals',
        dryRun: true,
      });
      assert.equal(dry.status, 200, JSON.stringify(dry.body));
      console.log(JSON.stringify(dry.body, null, 1).slice(0, 3000));
      assert.equal(await count('wifi_terminals'), before);
    });
  });
}
