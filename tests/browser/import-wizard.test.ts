// The import wizard (issue 11, items 3–5) in a real browser against the real app: a planner opens
// /import, chooses the Wi-Fi terminals and a GeoJSON in Lambert New Caledonia metres (EPSG:3163);
// the dry run reports 4 terminals to add and 1 rejected for a status that maps to nothing, the CRS
// as the file states it, and draws them on its map; mapping "Hors ligne" to maintenance brings 5
// to add; the import (pressed twice) runs once, and the terminals are in the database. The public
// sees no "Importer" and is refused by the API. Desktop and 375 px phone screenshots.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createAccount } from '../../server/auth/accounts.ts';
import { useAppSession } from './app-session.ts';
import { ImportWizardDriver } from './import-wizard-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const results = (name: string) => new URL(`../../test-results/${name}`, import.meta.url).pathname;
const FIXTURE = fileURLToPath(new URL('../fixtures/imports/wifi-terminals-3163.geojson', import.meta.url));
/** The terminals of the file, by name; the fifth's status ("Hors ligne") maps to nothing. */
const TERMINALS = (
  JSON.parse(readFileSync(FIXTURE, 'utf8')) as { features: { properties: Record<string, string> }[] }
).features.map((feature) => feature.properties['Nom du site'] ?? '');
const LIFOU = TERMINALS[4] ?? '';
const PLANNER = {
  email: 'import-planner@example.nc',
  password: 'a long planner password',
  role: 'planner',
} as const;
/** The browser reports the API's refusal of the public as a console error. */
const refusedRequest = /Failed to load resource: the server responded with a status of 401/;

describe('the import wizard in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  const pages: { page: TestPage; refusals: boolean }[] = [];

  before(async () => {
    await createAccount(session.app.db, { ...PLANNER, commune: null });
  });

  const newDriver = async (viewport?: { width: number; height: number }, refusals = false) => {
    const page = await session.browser.newPage(viewport);
    pages.push({ page, refusals });
    return new ImportWizardDriver(page, session.app.url);
  };

  afterEach(async () => {
    for (const { page, refusals } of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      const errors = page.errors.filter((error) => !(refusals && refusedRequest.test(error)));
      assert.deepEqual(errors, [], 'the page logged errors');
    }
  });

  const terminalsInDatabase = () =>
    session.app.db.rows<{ siteName: string; status: string }>(
      sql`SELECT site_name AS "siteName", status::text AS status FROM wifi_terminals
          WHERE site_name IN (${sql.join(
            TERMINALS.map((name) => sql`${name}`),
            sql`, `,
          )}) ORDER BY site_name`,
    );

  it('shows the public no "Importer", asks it to sign in, and the API refuses it', async () => {
    const reader = await newDriver(undefined, true);
    // Given nobody signed in, on /import
    await reader.openImport();
    // Then the page asks to sign in, the header has no "Importer", and the API answers 401
    assert.match(await reader.signedOutNote(), /Connectez-vous/);
    assert.ok(!(await reader.viewButtons()).includes('Importer'), 'no "Importer" for the public');
    assert.equal(await reader.apiImportsStatus(), 401);
  });

  it('imports Wi-Fi terminals in EPSG:3163 after a dry run, a value mapped by hand', async () => {
    const before = await terminalsInDatabase();
    const planner = await newDriver();
    // Given a planner on /import, named in the header
    await planner.openImport();
    await planner.signIn(PLANNER.email, PLANNER.password);
    assert.ok((await planner.viewButtons()).includes('Importer'));
    const importsBefore = (await planner.apiImports()).length;

    // When the planner chooses the Wi-Fi terminals and the file
    await planner.chooseSource('Bornes Wi-Fi extérieures', FIXTURE);
    // Then the dry run says 4 to add and 1 rejected, in EPSG:3163 as the file says
    await planner.waitForDryRun(4);
    assert.deepEqual(await planner.counts(), {
      added: 4,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      repaired: 0,
    });
    assert.match(await planner.crsLine(), /EPSG:3163.*indiqué par le fichier/);
    // And the rejected one is the fifth feature, for its status
    const [rejected, ...others] = await planner.rejected();
    assert.deepEqual(others, []);
    assert.equal(rejected?.feature, '5');
    assert.equal(rejected?.field, 'Statut');
    assert.match(rejected?.reason ?? '', /Hors ligne/);
    // And the mapping was proposed from the field names, "Hors ligne" offered for mapping
    assert.equal(await planner.mappedTo('Nom du site'), 'siteName');
    assert.equal(await planner.mappedTo('Statut'), 'status');
    assert.deepEqual(await planner.valuesToMap(), ['Hors ligne']);
    // And the preview map draws the 4 to add (the server leaves the rejected one out of the preview
    // for now: a feature refused for a property value comes without its geometry)
    const drawn = await planner.previewDrawn();
    assert.deepEqual(
      drawn.filter((feature) => feature.endsWith(':added')),
      ['1:added', '2:added', '3:added', '4:added'],
    );
    assert.ok(
      drawn.every((feature) => /^[1-4]:added$|^5:rejected$/.test(feature)),
      drawn.join(', '),
    );
    assert.equal(await planner.commitLabel(), 'Importer 4 entités');
    assert.equal(await planner.commitEnabled(), true);
    await planner.screenshot(results('import-wizard-dry-run.png'));
    await planner.scrollToPart('summary');
    await planner.screenshot(results('import-wizard-dry-run-report.png'));
    await planner.scrollToPart('preview');
    await planner.screenshot(results('import-wizard-dry-run-map.png'));

    // When "Hors ligne" is mapped to maintenance
    await planner.mapValue('Hors ligne', 'maintenance');
    // Then the dry run runs again: 5 to add, none rejected, all drawn
    await planner.waitForDryRun(5);
    assert.deepEqual(await planner.counts(), {
      added: 5,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      repaired: 0,
    });
    assert.deepEqual(await planner.rejected(), []);
    assert.deepEqual(await planner.previewDrawn(), ['1:added', '2:added', '3:added', '4:added', '5:added']);
    assert.equal(await planner.commitLabel(), 'Importer 5 entités');
    assert.deepEqual(await planner.accessibilityViolations(), [], 'the wizard fails WCAG 2.1 AA');
    await planner.scrollToPart('mapping');
    await planner.screenshot(results('import-wizard-mapped.png'));
    await planner.scrollToPart('commit');
    await planner.screenshot(results('import-wizard-mapped-commit.png'));
    // And nothing was written yet
    assert.deepEqual(await terminalsInDatabase(), before);

    // When the planner presses "Importer 5 entités", twice in a row
    await planner.commitTwice();
    // Then the import is done, once, with its number
    const done = await planner.waitForImportDone();
    const id = /Import n° (\d+)/.exec(done)?.[1];
    assert.ok(id, `no import number in "${done}"`);
    assert.match(await planner.summaryTitle(), new RegExp(`Import n° ${id} terminé`));
    assert.equal((await planner.counts()).added, 5);
    const imports = await planner.apiImports();
    assert.equal(imports.length, importsBefore + 1, 'the import ran more than once');
    assert.deepEqual(
      { id: imports[0]?.id, target: imports[0]?.target, added: imports[0]?.added },
      { id: Number(id), target: 'wifi-terminals', added: 5 },
    );
    // And the five terminals are in the database (one more of each name), Lifou's in maintenance
    const after = await terminalsInDatabase();
    const named = (rows: typeof before, name: string) => rows.filter((row) => row.siteName === name).length;
    for (const name of TERMINALS) assert.equal(named(after, name), named(before, name) + 1, name);
    const lifou = after.filter((row) => row.siteName === LIFOU).map((row) => row.status);
    assert.ok(lifou.includes('maintenance'), `Lifou's terminal is ${lifou.join(', ')}`);
    await planner.scrollToPart('summary');
    await planner.screenshot(results('import-wizard-done.png'));
    await planner.scrollToPart('done');
    await planner.screenshot(results('import-wizard-done-link.png'));

    // And "Voir la carte" goes back to the map with the layer shown
    await planner.backToMap();
    assert.equal(await planner.addressPath(), '/');
  });

  it('asks for the coordinate system of a file that states none, and runs again with it', async () => {
    // Given the same terminals in Lambert metres, without the GeoJSON's crs member
    const { crs: _stated, ...unstated } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { crs: unknown };
    const file = join(mkdtempSync(join(tmpdir(), 'import-wizard-')), 'bornes-sans-crs.geojson');
    writeFileSync(file, JSON.stringify(unstated));
    const planner = await newDriver();
    await planner.openImport();
    await planner.signIn(PLANNER.email, PLANNER.password);
    // When the planner chooses it
    await planner.chooseSource('Bornes Wi-Fi extérieures', file);
    // Then the server's question is shown, and the commit cannot be pressed
    assert.match(await planner.waitForAlert(), /EPSG:3163/);
    assert.equal(await planner.count('.import-commit__button'), 0);
    await planner.screenshot(results('import-wizard-crs.png'));
    // When the planner says Lambert New Caledonia, the dry run goes through with it
    await planner.chooseCrs('RGNC91-93 / Lambert Nouvelle-Calédonie, mètres (EPSG:3163)');
    await planner.waitForDryRun(4);
    assert.match(await planner.crsLine(), /EPSG:3163.*choisi par vous/);
    assert.equal(await planner.count('.import-alert-region .import-alert'), 0);
  });

  it('fits a 375 px phone: the dry run readable, nothing wider than the screen', async () => {
    const planner = await newDriver({ width: 375, height: 812 });
    await planner.openImport();
    await planner.signIn(PLANNER.email, PLANNER.password);
    await planner.chooseSource('Bornes Wi-Fi extérieures', FIXTURE);
    // The terminals are there already: the file's are added again (no key), Lifou's rejected
    await planner.waitForDryRun(4);
    assert.equal((await planner.overflowPastWindow()).across, 0, 'the page is wider than the phone');
    assert.deepEqual(await planner.accessibilityViolations(), [], 'the wizard fails WCAG 2.1 AA on a phone');
    await planner.screenshot(results('import-wizard-phone.png'));
    await planner.scrollToPart('mapping');
    await planner.screenshot(results('import-wizard-phone-mapping.png'));
    await planner.scrollToPart('summary');
    await planner.screenshot(results('import-wizard-phone-report.png'));
    await planner.scrollToPart('preview');
    await planner.screenshot(results('import-wizard-phone-map.png'));
  });
});
