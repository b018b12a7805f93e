// Editing Wi-Fi terminals in a real browser against the real app (issue 10): a planner signs in,
// places a new terminal on the map and fills its form, changes its hours; a second browser still
// holding the first version saves over it and is shown the conflict (the public sees the new
// terminal in "Près de moi" and /api/here first); the planner restores the
// first version from the history; a correction sent through /ogc with a token shows in that history.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createAccount } from '../../server/auth/accounts.ts';
import { useAppSession } from './app-session.ts';
import { MAP_CANVAS, MapDriver } from './map-driver.ts';
import { PublicDriver } from './public-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const SCREENSHOT = new URL('../../test-results/editing.png', import.meta.url).pathname;
const OGC_SCREENSHOT = new URL('../../test-results/editing-ogc-history.png', import.meta.url).pathname;
const PHONE_SCREENSHOT = new URL('../../test-results/editing-phone.png', import.meta.url).pathname;
/** Close in, where no cluster hides a new point, with the Wi-Fi terminals shown. */
const CLOSE_IN = 'map=14/-21.55/165.55&layers=communes,wifi-terminals';
const PLANNER = {
  email: 'planner@example.nc',
  password: 'a long planner password',
  role: 'planner',
} as const;
/** The browser reports each refused request (the wrong password, the conflict) as a console error. */
const refusedRequest = /Failed to load resource: the server responded with a status of (401|412)/;

async function signIn(page: TestPage, account: { email: string; password: string } = PLANNER): Promise<void> {
  await page.click('.sign-in-button');
  await page.waitForSelector('.sign-in-form');
  await page.fillField('Adresse e-mail', account.email);
  await page.fillField('Mot de passe', account.password);
  await page.click('.sign-in-form button[type="submit"]');
  await page.waitForSelector('.account-badge');
}

/** Clicks the middle of the map, where the view of CLOSE_IN is centred. */
async function clickMapCentre(page: TestPage): Promise<void> {
  const size = await page.evaluate(() => {
    const rect = document.querySelector('.map-view canvas')?.getBoundingClientRect();
    return rect ? { width: rect.width, height: rect.height } : null;
  }, undefined);
  assert.ok(size, 'no map canvas');
  await page.clickAt(MAP_CANVAS, Math.round(size.width / 2), Math.round(size.height / 2));
}

const valueOf = (page: TestPage, name: string) =>
  page.evaluate(
    (field) => document.querySelector<HTMLInputElement>(`.edit-panel [name="${field}"]`)?.value ?? null,
    name,
  );

const noteSays = (page: TestPage, pattern: string) =>
  page.waitUntil((text) => document.querySelector('.edit-panel__note')?.textContent?.includes(text), pattern);

describe('editing Wi-Fi terminals in a browser', { timeout: 240_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      const errors = page.errors.filter((error) => !refusedRequest.test(error));
      assert.deepEqual(errors, [], 'the page logged errors');
    }
  });

  it('creates, edits, meets a conflict and restores a version', async () => {
    await createAccount(session.app.db, { ...PLANNER, commune: null });
    const planner = await session.browser.newPage();
    pages.push(planner);
    const map = new MapDriver(planner, session.app.url);

    // Given a planner signed in on the map
    await map.open(CLOSE_IN);
    assert.equal(await planner.count('.new-feature-button'), 0, 'anonymous readers get no editing');
    // A wrong password is refused with the server's reason
    await planner.click('.sign-in-button');
    await planner.fillField('Adresse e-mail', PLANNER.email);
    await planner.fillField('Mot de passe', 'not the password');
    await planner.click('.sign-in-form button[type="submit"]');
    await planner.waitForSelector('.sign-in-form__error');
    assert.match(await planner.textOf('.sign-in-form__error'), /the email or the password is wrong/);
    await planner.click('.sign-in-button');
    await signIn(planner);
    assert.match(await planner.textOf('.account-badge'), /planner@example\.nc/);

    // When they place a new terminal on the map and fill its form
    await planner.click('.new-feature-button');
    await planner.waitForSelector('.map-view[data-placing="ready"]');
    await clickMapCentre(planner);
    await planner.waitForSelector('.edit-panel form');
    assert.equal(await planner.count('.maplibregl-popup'), 0, 'the placing click picked a feature');
    // The shared schema refuses an empty name before anything is sent
    await planner.click('.edit-save');
    await planner.waitForSelector('.edit-field__error');
    await planner.fillField('Site', 'Borne du test');
    await planner.selectValue('.edit-panel select[name="status"]', 'active');
    await planner.fillField("Horaires d'ouverture", '7h-18h');
    await planner.fillField('En service depuis', '2024-05-02');
    await planner.click('.edit-save');
    // Then it is saved, at version 1, and drawn on the map
    await noteSays(planner, 'version 1');
    await planner.waitUntil(() =>
      window.__map
        ?.querySourceFeatures('wifi-terminals')
        .some((feature) => feature.properties.siteName === 'Borne du test'),
    );

    // And the public sees it at once: first in "Près de moi" on a phone standing beside it, and
    // in /api/here at that spot
    const [placed] = await session.app.db.rows<{ lon: number; lat: number }>(
      sql`SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM wifi_terminals WHERE site_name = 'Borne du test'`,
    );
    assert.ok(placed, 'the terminal is stored');
    const someone = await session.browser.newPage(
      { width: 390, height: 800 },
      { phone: true, geolocation: placed },
    );
    pages.push(someone);
    const ici = new PublicDriver(someone, session.app.url);
    await ici.openPublic();
    await ici.pressNearMe();
    assert.equal((await ici.terminals())[0]?.name, 'Borne du test');
    const here = await someone.evaluate(
      async ([lon, lat]) =>
        (
          (await (await fetch(`/api/here?lon=${lon}&lat=${lat}`)).json()) as {
            nearest: { wifi: { name: string } | null };
          }
        ).nearest.wifi?.name,
      [placed.lon, placed.lat] as const,
    );
    assert.equal(here, 'Borne du test');

    // Given a second browser, signed in as well, with the new terminal open at version 1
    const other = await session.browser.newPage();
    pages.push(other);
    const otherMap = new MapDriver(other, session.app.url);
    await otherMap.open(CLOSE_IN);
    await signIn(other);
    await clickMapCentre(other);
    await other.waitForSelector('.edit-feature-button', 10_000);
    await other.click('.edit-feature-button');
    await other.waitForSelector('.edit-panel form');
    assert.equal(await valueOf(other, 'openingHours'), '7h-18h');

    // When the planner changes the hours (version 2)
    await planner.fillField("Horaires d'ouverture", '6h-22h');
    await planner.click('.edit-save');
    await noteSays(planner, 'version 2');

    // And the second browser saves its own hours from version 1
    await other.fillField("Horaires d'ouverture", '8h-12h');
    await other.click('.edit-save');
    // Then it is shown the conflict: its value beside the current one
    await other.waitForSelector('.edit-conflict');
    assert.match(await other.textOf('.edit-conflict'), /8h-12h[\s\S]*6h-22h/);
    // And keeping theirs shows the current version
    await other.click('.conflict-keep-theirs');
    await other.waitUntil(() => !document.querySelector('.edit-conflict'));
    assert.equal(await valueOf(other, 'openingHours'), '6h-22h');

    // When the planner restores the first version from the history
    await planner.waitUntil(() => document.querySelectorAll('.history-entry').length >= 2);
    const history = await planner.textsOf('.history-entry');
    assert.match(history[0] ?? '', /Horaires d'ouverture : 7h-18h → 6h-22h/);
    assert.match(history[0] ?? '', /planner@example\.nc sur la carte/);
    await planner.click('.history-entry:last-child .history-restore');
    // Then the terminal is back to its first hours, as version 3
    await noteSays(planner, 'Version 1 restaurée');
    await planner.waitUntil(() => document.querySelectorAll('.history-entry').length >= 3);
    assert.equal(await valueOf(planner, 'openingHours'), '7h-18h');
    await planner.screenshot(SCREENSHOT);
  });

  it("shows a correction sent through the OGC API with a planner's token in the web history", async () => {
    // Given a planner of the GIS team, with a token made on the web (as for QGIS's Basic auth)
    const gis = { email: 'sig@example.nc', password: 'a long gis team password', role: 'planner' } as const;
    await createAccount(session.app.db, { ...gis, commune: null });
    const page = await session.browser.newPage();
    pages.push(page);
    const map = new MapDriver(page, session.app.url);
    const [terminal] = await session.app.db.rows<{ id: number; lon: number; lat: number }>(sql`
      SELECT id, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM wifi_terminals ORDER BY id LIMIT 1`);
    assert.ok(terminal);
    await map.open(`map=17/${terminal.lat}/${terminal.lon}&layers=communes,wifi-terminals`);
    await signIn(page, gis);
    const token = await page.evaluate(async () => {
      const res = await fetch('/api/auth/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'QGIS' }),
      });
      return ((await res.json()) as { token: { token: string } }).token.token;
    }, undefined);

    // When a program corrects the terminal's hours through /ogc with it, naming the version
    const item = `${session.app.url}/ogc/collections/wifi-terminals/items/${terminal.id}`;
    const auth = { authorization: `Basic ${Buffer.from(`${gis.email}:${token}`).toString('base64')}` };
    const current = await fetch(item, { headers: auth });
    const etag = current.headers.get('etag') ?? '';
    await current.arrayBuffer();
    const patched = await fetch(item, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/merge-patch+json', 'if-match': etag },
      body: JSON.stringify({ properties: { openingHours: '5h-23h' } }),
    });
    assert.equal(patched.status, 200, await patched.text());

    // Then the web history of the terminal says what changed, who changed it and by which path
    await clickMapCentre(page);
    await page.waitForSelector('.edit-feature-button', 10_000);
    await page.click('.edit-feature-button');
    await page.waitUntil(() => document.querySelectorAll('.history-entry').length >= 1);
    const [entry] = await page.textsOf('.history-entry');
    assert.match(entry ?? '', /Horaires d'ouverture : .* → 5h-23h/);
    assert.match(entry ?? '', /sig@example\.nc via l'API OGC \(QGIS, GDAL\)/);
    await page.evaluate(() => document.querySelector('.edit-history')?.scrollIntoView(), undefined);
    await page.screenshot(OGC_SCREENSHOT);
  });

  it('keeps the header within a phone screen, signed in or not', async () => {
    const phone = await session.browser.newPage({ width: 360, height: 740 }, { phone: true });
    pages.push(phone);
    const map = new MapDriver(phone, session.app.url);
    await map.open();
    assert.deepEqual(await map.overflowPastWindow(), { down: 0, across: 0 });
    await signIn(phone);
    assert.deepEqual(await map.overflowPastWindow(), { down: 0, across: 0 });
    await phone.screenshot(PHONE_SCREENSHOT);
  });
});
