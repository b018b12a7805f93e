// GET /api/wifi/nearest across the sea (issue #9): on the seeded sample, whether each terminal is on
// the asker's island, decided in SQL from the communes' land; Île des Pins has none of its own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import type { NearbyTerminal } from './queries.ts';

interface NearestBody {
  onIsland: boolean;
  terminals: NearbyTerminal[];
  unavailable: NearbyTerminal[];
}

/** Kuto, on Île des Pins; Poindimié, on Grande Terre's east coast; the lagoon south of Grande Terre. */
const ILE_DES_PINS = { lon: 167.44, lat: -22.64 };
const POINDIMIE = { lon: 165.3342, lat: -20.938 };
const SEA = { lon: 166.3, lat: -22.6 };
const query = ({ lon, lat }: { lon: number; lat: number }) => `/api/wifi/nearest?lon=${lon}&lat=${lat}`;

for (const backend of testBackends()) {
  describe(`nearest Wi-Fi and the islands (${backend})`, () => {
    const api = useApi(backend);

    test('on Île des Pins every terminal listed is on another island, tens of kilometres away', async () => {
      const { body } = await api.json<NearestBody>(query(ILE_DES_PINS));
      assert.equal(body.onIsland, true);
      assert.ok(body.terminals.length > 0);
      assert.deepEqual(
        body.terminals.map((t) => t.sameIsland),
        body.terminals.map(() => false),
      );
      assert.ok(
        body.terminals.every((t) => t.distanceM > 40_000),
        JSON.stringify(body.terminals),
      );
    });

    test('in Poindimié the nearest terminal is on the same island', async () => {
      const { body } = await api.json<NearestBody>(query(POINDIMIE));
      assert.equal(body.onIsland, true);
      assert.equal(body.terminals[0]?.sameIsland, true);
      assert.equal(body.terminals[0]?.communeName, 'Poindimié');
    });

    test('at sea no island is the asker’s, so no terminal is on it', async () => {
      const { body } = await api.json<NearestBody>(query(SEA));
      assert.equal(body.onIsland, false);
      assert.ok(body.terminals.length > 0);
      assert.ok(body.terminals.every((t) => !t.sameIsland));
    });
  });
}
