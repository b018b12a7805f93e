// Drawing, moving and deleting features of every geometry in a real browser (issue 10, item 3):
// a planner draws a fibre cable (a line, several clicks then the last one again) and a fibre zone
// (an area, closed on its first corner), each saved with its layer's form; drags a PO box to a
// new place; deletes a feature and restores it from the layer's deleted features. Each result is checked against the server's API and screenshotted.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createAccount } from '../../server/auth/accounts.ts';
import { useAppSession } from './app-session.ts';
import { EditingDriver, type LonLat, type Pixel } from './editing-driver.ts';
import type { TestPage } from './playwright-helper.ts';

const shot = (name: string) => new URL(`../../test-results/${name}.png`, import.meta.url).pathname;
/** Close in, over land near Bourail, with the fibre layers and the PO boxes shown. */
const CLOSE_IN = 'map=14/-21.55/165.55&layers=communes,fibre-zones,fibre-cables,po-boxes';
const PLANNER = {
  email: 'shapes-planner@example.nc',
  password: 'a long planner password',
  role: 'planner',
} as const;
/** Ten metres or so: what a click, and a snap to a nearby vertex, may move a vertex by. */
const TOLERANCE_DEGREES = 0.0009;
/** The browser reports each refused request (a 404 after deleting) as a console error. */
const refusedRequest = /Failed to load resource: the server responded with a status of (404|412)/;

const offset = (from: Pixel, dx: number, dy: number): Pixel => ({ x: from.x + dx, y: from.y + dy });

function assertNear(actual: readonly number[] | undefined, expected: LonLat, what: string): void {
  assert.ok(actual, `${what}: no position`);
  const [lon = NaN, lat = NaN] = actual;
  assert.ok(
    Math.abs(lon - expected[0]) < TOLERANCE_DEGREES && Math.abs(lat - expected[1]) < TOLERANCE_DEGREES,
    `${what}: ${lon}, ${lat} is not near ${expected.join(', ')}`,
  );
}

describe('drawing, moving and deleting shapes in a browser', { timeout: 300_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];
  let accountMade = false;

  /** A planner signed in on the map, close in. */
  async function plannerOnMap(): Promise<EditingDriver> {
    if (!accountMade) await createAccount(session.app.db, { ...PLANNER, commune: null });
    accountMade = true;
    const page = await session.browser.newPage();
    pages.push(page);
    const driver = new EditingDriver(page, session.app.url);
    await driver.open(CLOSE_IN);
    await driver.signIn(PLANNER.email, PLANNER.password);
    return driver;
  }

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      const errors = page.errors.filter((error) => !refusedRequest.test(error));
      assert.deepEqual(errors, [], 'the page logged errors');
    }
  });

  it('draws a fibre cable with several clicks and saves it with its form', async () => {
    const map = await plannerOnMap();
    const centre = await map.centre();
    const vertices = [offset(centre, -160, 60), offset(centre, -40, -30), offset(centre, 90, 40)];
    const expected = await Promise.all(vertices.map((vertex) => map.positionAt(vertex)));

    // Given the toolbar, which passes WCAG 2.1 AA
    assert.deepEqual(await map.accessibilityViolations(), []);
    assert.match(await map.toolbarText(), /Ajouter à la couche/);
    // When the planner picks the cables and clicks three vertices, then the last one again
    await map.startDrawing('fibre-cables');
    await map.drawLine(vertices);
    // Then the form of a cable opens (no length: the server measures it)
    assert.match(await map.panelTitle(), /câbles optiques/);
    assert.equal(await map.fieldCount('lengthM'), 0);
    await map.fill('Nom', 'Câble du test');
    await map.choose('kind', 'distribution');
    await map.choose('status', 'planned');
    await map.pressAndWaitForNote('.edit-save', 'version 1');

    // And the server holds the line as drawn, with its length measured
    const saved = await map.featureNamed('fibre-cables', 'Câble du test');
    assert.ok(saved, 'the cable is not in the layer');
    assert.equal(saved.geometry.type, 'LineString');
    const coordinates = saved.geometry.type === 'LineString' ? saved.geometry.coordinates : [];
    assert.equal(coordinates.length, 3);
    expected.forEach((position, index) => assertNear(coordinates[index], position, `vertex ${index}`));
    assert.equal(saved.properties.kind, 'distribution');
    assert.ok(Number(saved.properties.lengthM) > 100, `length ${String(saved.properties.lengthM)}`);
    await map.screenshot(shot('editing-cable'));
  });

  it('draws a fibre zone, closes it on its first corner and saves it with its form', async () => {
    const map = await plannerOnMap();
    const centre = await map.centre();
    const corners = [
      offset(centre, -120, -80),
      offset(centre, 100, -70),
      offset(centre, 60, 90),
      offset(centre, -110, 70),
    ];
    const expected = await Promise.all(corners.map((corner) => map.positionAt(corner)));

    await map.startDrawing('fibre-zones');
    await map.drawArea(corners);
    // The shared schema refuses a zone without its planned year before anything is sent
    await map.fill('Nom', 'Zone du test');
    await map.save();
    await map.waitForFieldError('plannedYear');
    await map.fill('Année prévue', '2028');
    await map.fill('Locaux raccordables', '240');
    await map.choose('status', 'studies');
    await map.pressAndWaitForNote('.edit-save', 'version 1');

    // Then the server holds the area, as one polygon with the four corners, closed
    const saved = await map.featureNamed('fibre-zones', 'Zone du test');
    assert.ok(saved, 'the zone is not in the layer');
    assert.equal(saved.geometry.type, 'MultiPolygon');
    const ring = saved.geometry.type === 'MultiPolygon' ? (saved.geometry.coordinates[0]?.[0] ?? []) : [];
    assert.equal(ring.length, 5);
    assert.deepEqual(ring[0], ring[4]);
    // Terra Draw may start the ring at another corner or turn the other way round: every corner is in it.
    for (const [index, corner] of expected.entries()) {
      assert.ok(
        ring.some(
          ([lon = NaN, lat = NaN]) =>
            Math.abs(lon - corner[0]) < TOLERANCE_DEGREES && Math.abs(lat - corner[1]) < TOLERANCE_DEGREES,
        ),
        `corner ${index} (${corner.join(', ')}) is not in ${JSON.stringify(ring)}`,
      );
    }
    assert.equal(saved.properties.plannedYear, 2028);
    assert.equal(saved.properties.premisesPassed, 240);
    await map.screenshot(shot('editing-zone'));
  });

  /** A square zone made through the API, its corners at these offsets (px) from the map's centre. */
  async function zoneAt(map: EditingDriver, name: string, corners: readonly Pixel[]) {
    const centre = await map.centre();
    const ring = await Promise.all(
      corners.map((corner) => map.positionAt(offset(centre, corner.x, corner.y))),
    );
    const first = ring[0];
    assert.ok(first);
    return map.createFeature(
      'fibre-zones',
      { type: 'Polygon', coordinates: [[...ring, first]] },
      { name, status: 'planned', plannedYear: 2029, deployedOn: null, premisesPassed: 50 },
    );
  }

  it("snaps a new cable's end to the corner of a zone shown on the map", async () => {
    const map = await plannerOnMap();
    const zone = await zoneAt(map, 'Zone à accrocher', [
      { x: 150, y: -200 },
      { x: 260, y: -200 },
      { x: 260, y: -120 },
      { x: 150, y: -120 },
    ]);
    const corner = zone.geometry.type === 'MultiPolygon' ? zone.geometry.coordinates[0]?.[0]?.[3] : undefined;
    assert.ok(corner, 'the zone has no fourth corner');
    await map.reloadSignedIn();
    const centre = await map.centre();

    // When the planner draws a cable whose last click falls 5 px beside the corner
    const near = offset(await map.pixelOf([corner[0] ?? 0, corner[1] ?? 0]), -4, 3);
    await map.startDrawing('fibre-cables');
    await map.drawLine([offset(centre, 40, -40), offset(centre, 90, -90), near]);
    await map.fill('Nom', 'Câble accroché');
    await map.pressAndWaitForNote('.edit-save', 'version 1');

    // Then the cable ends on the corner itself, not where the click fell
    const saved = await map.featureNamed('fibre-cables', 'Câble accroché');
    assert.ok(saved?.geometry.type === 'LineString', 'the cable is not in the layer');
    const end = saved.geometry.coordinates.at(-1);
    const clicked = await map.positionAt(near);
    assert.ok(end);
    const [lon = NaN, lat = NaN] = end;
    assert.ok(
      Math.abs(lon - (corner[0] ?? 0)) < 0.00002 && Math.abs(lat - (corner[1] ?? 0)) < 0.00002,
      `the end ${end.join(', ')} is not on the corner ${corner.join(', ')}`,
    );
    assert.ok(Math.abs(lon - clicked[0]) > 0.00002, 'the end stayed where the click fell');
    await map.screenshot(shot('editing-snapped'));
  });

  it('reshapes a zone: a midpoint dragged out becomes a new corner', async () => {
    const map = await plannerOnMap();
    const zone = await zoneAt(map, 'Zone à remodeler', [
      { x: -280, y: -110 },
      { x: -180, y: -110 },
      { x: -180, y: -20 },
      { x: -280, y: -20 },
    ]);
    await map.reloadSignedIn();
    const centre = await map.centre();

    // When the planner opens the zone, presses "Déplacer / remodeler" and drags the middle of its
    // top edge 50 px up
    await map.openFeatureAt(await map.positionAt(offset(centre, -230, -65)));
    assert.match(await map.panelTitle(), /zones de déploiement/);
    await map.startMoving();
    const midpoint = offset(centre, -230, -110);
    const pulled = offset(centre, -230, -160);
    const newCorner = await map.positionAt(pulled);
    await map.drag(midpoint, pulled);
    await map.pressAndWaitForNote('.edit-save-geometry', 'version 2');

    // Then the server holds five corners, the new one where it was dropped
    const { feature } = await map.fetchFeature('fibre-zones', zone.id);
    assert.ok(feature?.geometry.type === 'MultiPolygon');
    const ring = feature.geometry.coordinates[0]?.[0] ?? [];
    assert.equal(ring.length, 6, `ring ${JSON.stringify(ring)}`);
    assert.ok(
      ring.some(
        ([lon = NaN, lat = NaN]) =>
          Math.abs(lon - newCorner[0]) < TOLERANCE_DEGREES &&
          Math.abs(lat - newCorner[1]) < TOLERANCE_DEGREES,
      ),
      `no corner near ${newCorner.join(', ')} in ${JSON.stringify(ring)}`,
    );
    assert.match(await map.editPanelText(), /Géométrie : 5 sommets/);
    await map.screenshot(shot('editing-reshaped'));
  });

  it("places a mobile site: technologies are checkboxes, the schema's complaints sit by their fields", async () => {
    const map = await plannerOnMap();
    await map.followHash(`${CLOSE_IN},mobile-sites`);
    const centre = await map.centre();
    await map.startDrawing('mobile-sites');
    await map.clickMap(offset(centre, 200, 150));
    await map.waitForForm();
    assert.equal(await map.fieldCount('technologies'), 4, 'one checkbox per technology');

    // When the planner saves it without a name or a technology
    await map.save();
    await map.waitForFieldError('name');
    // Then each field says what is wrong, and nothing was sent
    assert.match(await map.editPanelText(), /at least one technology/);
    assert.deepEqual(await map.accessibilityViolations(), []);
    await map.screenshot(shot('editing-site-errors'));

    // And once named and given 4G, it is saved with its technologies
    await map.fill('Nom', 'Site du test');
    await map.tick('4G');
    await map.pressAndWaitForNote('.edit-save', 'version 1');
    const saved = await map.featureNamed('mobile-sites', 'Site du test');
    assert.deepEqual(saved?.properties.technologies, ['4g']);
  });

  it('moves a PO box by dragging it on the map', async () => {
    const map = await plannerOnMap();
    const centre = await map.centre();
    const start = await map.positionAt(centre);
    const box = await map.createFeature(
      'po-boxes',
      { type: 'Point', coordinates: start },
      { name: 'Îlot du test', boxes: 40, boxesInUse: 12, status: 'installed', installedOn: '2024-03-01' },
    );
    await map.reloadSignedIn();

    // When the planner opens it, presses "Déplacer" and drags it 120 px right, 60 px down
    await map.openFeatureAt(start);
    await map.startMoving();
    const to = offset(centre, 120, 60);
    const destination = await map.positionAt(to);
    await map.drag(centre, to);
    await map.pressAndWaitForNote('.edit-save-geometry', 'version 2');

    // Then the server answers the new position, and nothing else changed
    const { feature } = await map.fetchFeature('po-boxes', box.id);
    assert.ok(feature);
    assert.equal(feature.geometry.type, 'Point');
    assertNear(
      feature.geometry.type === 'Point' ? feature.geometry.coordinates : undefined,
      destination,
      'moved box',
    );
    assert.ok(
      feature.geometry.type === 'Point' &&
        Math.abs((feature.geometry.coordinates[0] ?? 0) - start[0]) > 0.001,
      'the box did not leave its first place',
    );
    assert.equal(feature.properties.boxesInUse, 12);
    await map.screenshot(shot('editing-moved'));
  });

  it('deletes a feature after a confirmation, and it is gone', async () => {
    const map = await plannerOnMap();
    const centre = await map.centre();
    const at = await map.positionAt(offset(centre, -60, 100));
    const box = await map.createFeature(
      'po-boxes',
      { type: 'Point', coordinates: at },
      { name: 'Îlot à supprimer', boxes: 10, boxesInUse: 0, status: 'planned', installedOn: null },
    );
    await map.reloadSignedIn();
    await map.openFeatureAt(at);
    assert.equal(await map.sourceHolds('po-boxes', box.id), true, 'the box is not on the map to begin with');

    // When the planner deletes it and confirms
    await map.deleteOpenFeature();
    // Then the toolbar says so, the server has it no more, and the map draws it no more
    assert.match(await map.toolbarText(), /Objet supprimé/);
    assert.equal((await map.fetchFeature('po-boxes', box.id)).status, 404);
    await map.waitUntilGone('po-boxes', box.id);
    await map.screenshot(shot('editing-deleted'));

    // When the planner finds it among the deleted features and restores it
    await map.restoreDeleted('po-boxes', 'Îlot à supprimer');
    // Then the server has it again, a version after its last, the map draws it, and it is open
    await map.waitForForm();
    const back = await map.fetchFeature('po-boxes', box.id);
    assert.equal(back.status, 200);
    assert.equal(back.feature?.properties.version, 2);
    await map.waitUntilDrawn('po-boxes', box.id);
    await map.screenshot(shot('editing-restored'));
  });
});
