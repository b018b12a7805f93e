// The open data page (issue 11, item 8) in a real browser against the real app (embedded database
// with sample data): reached from the header by anyone, it lists every layer with the sample
// notice, count, date, licence and six downloads with their sizes; a GeoPackage link gives a
// GeoPackage, a GeoJSON link GeoJSON; in English too; readable and WCAG 2.1 AA on a 375 px phone.
import assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'node:test';
import { fileSizeFormatter } from '../../client/src/format/file-size.ts';
import { useAppSession } from './app-session.ts';
import { OpenDataDriver } from './open-data-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const results = (name: string) => new URL(`../../test-results/${name}`, import.meta.url).pathname;
const PHONE = { width: 375, height: 812 };
const plain = (text: string) => text.replace(/\s+/g, ' ');

interface Listing {
  datasets: {
    id: string;
    title: { fr: string; en: string };
    sample: boolean;
    downloads: { bytes: number }[];
  }[];
}

describe('the open data page in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];
  const newDriver = async (viewport?: { width: number; height: number }) => {
    const page = await session.browser.newPage(viewport, viewport ? { phone: true } : {});
    pages.push(page);
    return new OpenDataDriver(page, session.app.url);
  };
  const listing = async () => (await (await fetch(`${session.app.url}/api/opendata`)).json()) as Listing;

  before(async () => {
    // Given a server that has measured its files once (a first listing starts building them all
    // and answers with the sizes still pending as null: ask again until none is).
    const started = Date.now();
    for (;;) {
      // Node's fetch may reuse a kept-alive socket the server is closing (a browser retries then):
      // such a failure is asked again, like a pending size.
      const answer = await listing().catch((error: unknown) => {
        console.log(`asking again after ${String((error as { cause?: unknown }).cause ?? error)}`);
        return null;
      });
      const pending =
        answer === null ||
        answer.datasets.some((d) => d.downloads.some((download) => download.bytes === null));
      if (!pending) break;
      assert.ok(Date.now() - started < 120_000, 'the sizes are measured within two minutes');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    console.log(`the sizes were measured in ${Date.now() - started} ms`);
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(page.errors, [], 'the page logged errors');
    }
  });

  it('is reached from the header by anyone, on its own path', async () => {
    const reader = await newDriver();
    // Given nobody signed in on the map
    await reader.openHome();
    // When "Données ouvertes" is chosen in the header
    await reader.chooseView('Données ouvertes');
    // Then the open data page shows, at /donnees
    await reader.waitForList();
    assert.equal(await reader.addressPath(), '/donnees');
    assert.equal(await reader.heading(), 'Données ouvertes');
  });

  it('lists every layer in French with its notice, facts and six downloads with their sizes', async () => {
    const reader = await newDriver();
    await reader.openPage();
    const api = await listing();
    const size = fileSizeFormatter('fr-NC');
    const shown = await reader.datasets();
    // Then every layer has its card, in the API's order, with the sample notice where it is sample
    assert.deepEqual(
      shown.map((d) => d.title),
      api.datasets.map((d) => d.title.fr),
    );
    for (const [i, card] of shown.entries()) {
      const dataset = api.datasets[i];
      assert.ok(dataset);
      assert.equal(card.sample, dataset.sample, `${card.title}: the sample notice`);
      assert.match(card.facts, /Objets\s+[\d\s\u202f]+/, `${card.title}: the feature count`);
      assert.match(card.facts, /Données au\s+\d{1,2} \S+ \d{4}/, `${card.title}: the date`);
      assert.match(card.facts, /Licence Ouverte 2\.0 \(Etalab\)/, `${card.title}: the licence`);
      // And each link says its format, its CRS and the size of its file
      assert.deepEqual(
        card.downloads.map((d) => d.text.split(' EPSG')[0]),
        ['GeoJSON', 'GeoJSON', 'CSV', 'CSV', 'GeoPackage', 'GeoPackage'],
      );
      for (const [j, link] of card.downloads.entries()) {
        assert.match(link.text, /EPSG:(4326|3163)/);
        assert.ok(
          link.text.endsWith(plain(size(dataset.downloads[j]?.bytes ?? -1))),
          `${card.title}: "${link.text}" gives its size`,
        );
        assert.match(link.text, /\d+(,\d)? (ko|Mo|octets)$/);
      }
    }
    await reader.screenshot(results('open-data-fr-desktop.png'));
    assert.deepEqual(await reader.page.accessibilityViolations(), [], 'the page fails WCAG 2.1 AA');
  });

  it('gives a GeoPackage behind a GeoPackage link and GeoJSON behind a GeoJSON link', async () => {
    const reader = await newDriver();
    await reader.openPage();
    const wifi = (await reader.datasets()).find((d) => d.title === 'Bornes Wi-Fi extérieures');
    assert.ok(wifi, 'the Wi-Fi terminals are listed');
    const gpkg = wifi.downloads.find((d) => d.text.startsWith('GeoPackage EPSG:3163'));
    const geojson = wifi.downloads.find((d) => d.text.startsWith('GeoJSON EPSG:4326'));
    assert.ok(gpkg && geojson);
    assert.match(gpkg.href, /\/api\/export\/wifi-terminals\?format=gpkg&crs=3163$/);
    // A GeoPackage is an SQLite database: its file starts so (OGC 12-128r19, requirement 1)
    const sqlite = String.fromCharCode(...(await reader.firstBytes(gpkg.href, 15)));
    assert.equal(sqlite, 'SQLite format 3');
    const json = String.fromCharCode(...(await reader.firstBytes(geojson.href, 30)));
    assert.match(json, /^\{"type" ?: ?"FeatureCollection"/);
  });

  it('speaks English, and stays readable on a 375 px phone', async () => {
    const reader = await newDriver();
    await reader.openPage();
    await reader.chooseLanguage('en');
    assert.equal(await reader.heading(), 'Open data');
    const shown = await reader.datasets();
    assert.ok(shown.some((d) => d.title === 'Outdoor Wi-Fi terminals'));
    assert.match(shown[0]?.facts ?? '', /Features[\s\S]*Data as of[\s\S]*Open Licence 2\.0/);
    assert.match(await reader.columns(), /EPSG:3163 · Lambert NC, metres/);
    assert.match(shown[0]?.downloads[0]?.text ?? '', /^GeoJSON EPSG:4326 \d+(\.\d)? (kB|MB|bytes)$/);
    await reader.screenshot(results('open-data-en-desktop.png'));

    const phone = await newDriver(PHONE);
    await phone.openPage();
    await phone.screenshot(results('open-data-fr-phone.png'));
    await phone.chooseLanguage('en');
    await phone.screenshot(results('open-data-en-phone.png'));
    await phone.scrollToDataset('Outdoor Wi-Fi terminals');
    await phone.screenshot(results('open-data-en-phone-card.png'));
    const { documentWidth, windowWidth } = await phone.page.pageHeights();
    assert.ok(
      documentWidth <= windowWidth,
      `the page is ${documentWidth} px wide on a ${windowWidth} px phone`,
    );
    assert.deepEqual(await phone.page.accessibilityViolations(), [], 'the phone page fails WCAG 2.1 AA');
  });
});
