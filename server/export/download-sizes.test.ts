// The sizes on the open data list (issue 11, item 8), on both backends: each listed size is the
// byte length of the download; a second listing builds nothing again; an edit of a Wi-Fi terminal
// changes that layer's version, so its sizes, and only its, are built again.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn } from '../../tests/support/sign-in.ts';
import { layersById } from '../layers/catalogue.ts';
import { downloadSizeCache, layerVersion, settledWithin, type DownloadBuilder } from './download-sizes.ts';
import { layerDownload } from './layer-download.ts';

interface Listing {
  datasets: {
    id: string;
    featureCount: number;
    downloads: {
      format: string;
      crs: string;
      url: string;
      bytes: number;
      featureCount: number;
      licence: string;
    }[];
  }[];
}

for (const backend of testBackends()) {
  describe(`sizes on the open data list (${backend})`, () => {
    const api = useApi(backend);
    /** The list once every size is measured (a first listing may answer before: bytes null). */
    const listing = async () => {
      for (let attempt = 0; ; attempt++) {
        const { status, body, headers } = await api.json<Listing>('/api/opendata');
        assert.equal(status, 200);
        const pending = body.datasets.some((d) => d.downloads.some((download) => download.bytes === null));
        assert.equal(headers.get('retry-after') !== null, pending, 'Retry-After while sizes are pending');
        if (!pending) return body;
        assert.ok(attempt < 30, 'the sizes are measured within a minute');
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    };
    const wifiDownloads = async () =>
      (await listing()).datasets.find((d) => d.id === 'wifi-terminals')?.downloads ?? [];
    const sizeOf = async (url: string) => (await (await api.request(url)).arrayBuffer()).byteLength;
    const renameATerminal = async (siteName: string) => {
      const planner = await signedIn(api, `planner-${siteName.length}@opt.nc`, 'planner');
      const [row] = await api.db.rows<{ id: number; version: number }>(
        sql`SELECT id, version FROM wifi_terminals ORDER BY id LIMIT 1`,
      );
      assert.ok(row);
      const res = await planner.send(
        'PATCH',
        `/api/layers/wifi-terminals/features/${row.id}`,
        { properties: { siteName } },
        { 'if-match': `"v${row.version}"` },
      );
      assert.equal(res.status, 200, await res.clone().text());
    };

    test('every layer lists its six downloads, GeoPackage too, each with the byte length of the file', async () => {
      const { datasets } = await listing();
      assert.equal(datasets.length, layersById.size);
      for (const dataset of datasets) {
        assert.deepEqual(
          dataset.downloads.map((d) => `${d.format} ${d.crs}`),
          [
            'geojson EPSG:4326',
            'geojson EPSG:3163',
            'csv EPSG:4326',
            'csv EPSG:3163',
            'gpkg EPSG:4326',
            'gpkg EPSG:3163',
          ],
        );
        for (const download of dataset.downloads) {
          assert.ok(download.bytes !== null && download.bytes > 0, download.url);
          assert.equal(download.bytes, await sizeOf(download.url), download.url);
          assert.equal(download.featureCount, dataset.featureCount);
          assert.equal(download.licence, 'etalab-2.0');
        }
      }
    });

    test('an edit of a Wi-Fi terminal: its layer is measured again, and the new size is the new file', async () => {
      const before = await wifiDownloads();
      await renameATerminal('Borne renommée pour que le fichier change de taille, nettement plus longue');
      const afterEdit = await wifiDownloads();
      for (const [i, download] of afterEdit.entries()) {
        // A GeoPackage grows by pages of 4 KiB: a longer name may fit in the page it had.
        if (download.format !== 'gpkg') {
          assert.notEqual(download.bytes, before[i]?.bytes, `${download.url} was measured again`);
        }
        assert.equal(download.bytes, await sizeOf(download.url), download.url);
      }
    });

    test('a second listing builds nothing; an edit rebuilds that layer only', async () => {
      const built: string[] = [];
      const counting: DownloadBuilder = (db, layer, request) => {
        built.push(layer.id);
        return layerDownload(db, layer, request);
      };
      const cache = downloadSizeCache(api.db, counting);
      const [wifi, schools] = [layersById.get('wifi-terminals'), layersById.get('schools')];
      assert.ok(wifi && schools);
      const sizes = async (layer: typeof wifi) => {
        const version = await layerVersion(api.db, layer);
        return { version, bytes: await cache.bytesOf(layer, version) };
      };
      const first = await sizes(wifi);
      await sizes(schools);
      assert.equal(built.length, 12, 'six downloads per layer');
      built.length = 0;
      assert.equal((await sizes(wifi)).bytes, first.bytes, 'kept');
      await sizes(schools);
      assert.deepEqual(built, [], 'nothing built again');
      await renameATerminal('Borne X');
      const second = await sizes(wifi);
      await sizes(schools);
      assert.deepEqual(built, Array(6).fill('wifi-terminals'), 'the edited layer only');
      assert.notEqual(second.version.key, first.version.key);
    });
  });
}

describe('waiting a while for sizes', () => {
  const after = <T>(ms: number, value: T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  test('gives what settled in time, null for what still runs', async () => {
    assert.deepEqual(await settledWithin([after(5, 'ready'), after(1000, 'late')], 100), ['ready', null]);
  });

  test('does not wait for the time when all are done', async () => {
    const started = Date.now();
    assert.deepEqual(await settledWithin([after(5, 1), after(10, 2)], 5000), [1, 2]);
    assert.ok(Date.now() - started < 1000);
  });

  test('throws what failed in time', async () => {
    await assert.rejects(
      settledWithin([Promise.reject(new Error('GDAL said no')), after(1000, 1)], 100),
      /GDAL said no/,
    );
  });
});
