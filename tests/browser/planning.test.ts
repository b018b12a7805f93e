// The Planning view (issue #3) in a real browser against the real app (embedded database with
// sample data): communes coloured, uncovered places on the map and in a ranked table kept in step,
// totals, the fibre rollout by year, white zones, area figures computed twice that agree,
// downloads, English, a phone.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TestPage } from './playwright-helper.ts';
import { PlanningDriver } from './planning-driver.ts';
import { useAppSession } from './app-session.ts';

const SCREENSHOT = new URL('../../test-results/planning.png', import.meta.url).pathname;
const NOUMEA_VIEW = 'map=11/-22.27/166.45';
/** Figures read as numbers whatever the language's digit grouping. */
const number = (text: string) => Number(text.replace(/[\s\u202f\u00a0,]/g, ''));

describe('the Planning view in a browser', { timeout: 240_000 }, () => {
  const session = useAppSession();
  let page: TestPage;
  let planning: PlanningDriver;

  beforeEach(async () => {
    page = await session.browser.newPage();
    planning = new PlanningDriver(page, session.app.url);
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
    assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
    assert.deepEqual(page.errors, [], 'the page logged errors');
  });

  it('opens from the header and stays in the link', async () => {
    // Given the map view
    await planning.open();
    // When "Planification" is chosen in the header
    await planning.chooseView('Planification');
    await planning.waitForGaps();
    // Then the link says so, and the sections of the view are there
    assert.equal(planning.urlState().get('view'), 'planning');
    assert.deepEqual(await planning.headings(), [
      'Bilan de couverture',
      'Lieux non desservis',
      'Carte des communes',
      'Déploiement de la fibre',
      'Analyse de zone',
    ]);
    // And "Carte" brings the map view back
    await planning.chooseView('Carte');
    assert.equal(planning.urlState().get('view'), null);
  });

  it('colours the communes by the indicator and draws the uncovered places', async () => {
    // Given the Planning view over the whole territory
    await planning.openPlanning();
    // Then communes are drawn in several colours of the legend, and uncovered places over them
    const fibre = await planning.choroplethColours();
    assert.ok(fibre.communes >= 20, `only ${fibre.communes} communes drawn`);
    assert.ok(fibre.colours.length >= 2, `communes drawn in ${fibre.colours.length} colour(s)`);
    assert.equal((await planning.legendClasses()).length, 5);
    assert.ok((await planning.uncoveredCirclesDrawn()) > 50);
    // When the indicator becomes PO boxes per 1,000 inhabitants, the colours follow
    await planning.chooseIndicator('Indicateur', 'Boîtes postales pour 1 000 habitants');
    assert.notDeepEqual((await planning.choroplethColours()).colours, []);
    assert.equal(planning.urlState().get('indicator'), 'po-boxes-per-1000');
  });

  it('ranks settlements by inhabitants and schools by pupils, then distance, and flies to a row clicked', async () => {
    // Given the Planning view
    await planning.openPlanning();
    const rows = await planning.tableRows();
    assert.ok(rows.length > 50, `${rows.length} rows`);
    // Then the two rankings alternate (settlement 1, school 1, settlement 2 …), each by its own count
    assert.deepEqual(
      rows.slice(0, 4).map((row) => [row.cells[0], row.key.split('-')[0]]),
      [
        ['1', 'settlement'],
        ['1', 'school'],
        ['2', 'settlement'],
        ['2', 'school'],
      ],
    );
    for (const [kind, column] of [
      ['settlement', 4],
      ['school', 5],
    ] as const) {
      const counts = rows
        .filter((row) => row.key.startsWith(kind))
        .map((row) => number(row.cells[column] ?? ''));
      assert.ok(
        counts.every((value, i) => i === 0 || value <= (counts[i - 1] ?? Infinity)),
        `${kind}s go down their ranking`,
      );
    }
    // When the third row is clicked
    const third = rows[2];
    assert.ok(third);
    await planning.clickRow(2);
    // Then the map is over that place, ringed, and the link names it
    const where = await planning.placeLocation(third.key);
    const view = await planning.view();
    assert.ok(
      Math.abs(view.lon - where.lon) < 0.01 && Math.abs(view.lat - where.lat) < 0.01,
      `map at ${view.lon},${view.lat}, place at ${where.lon},${where.lat}`,
    );
    assert.ok(view.zoom >= 10.9, `zoom ${view.zoom}`);
    assert.deepEqual(await planning.highlightedOnMap(), [third.key]);
    assert.equal(planning.urlState().get('place'), third.key);
  });

  it('moves through the table with the keyboard, Enter choosing a row', async () => {
    // Given the first row focused
    await planning.openPlanning();
    const rows = await planning.tableRows();
    // When the down arrow is pressed twice, then Enter
    await planning.pressKeysOnRow(0, ['ArrowDown', 'ArrowDown', 'Enter']);
    // Then the third place is selected
    assert.equal((await planning.selectedRow()).key, rows[2]?.key);
  });

  it('selects a place clicked on the map and brings its row into view', async () => {
    // Given the Planning view at Nouméa
    await planning.openPlanning(NOUMEA_VIEW);
    // When an uncovered place's circle is clicked
    await planning.clickUncoveredPlace();
    // Then its row is selected and visible, and the map rings it
    const selected = await planning.selectedRow();
    assert.ok(selected.key, 'no row selected');
    assert.equal(selected.visible, true, 'the selected row is scrolled out of view');
    assert.equal(planning.urlState().get('place'), selected.key);
    assert.deepEqual(await planning.highlightedOnMap(), [selected.key]);
  });

  it('narrows the list and the totals to a commune, totals adding up', async () => {
    // Given the whole territory
    await planning.openPlanning();
    const territory = await planning.totals();
    // When Nouméa is chosen
    await planning.chooseCommune('Nouméa', '98818');
    // Then every listed place is in Nouméa, and the totals are Nouméa's, covered + not covered = total
    const rows = await planning.tableRows();
    assert.ok(rows.length > 0);
    assert.deepEqual([...new Set(rows.map((row) => row.cells[3]))], ['Nouméa']);
    const noumea = await planning.totals();
    assert.ok(number(noumea.population?.total ?? '') < number(territory.population?.total ?? ''));
    for (const [name, tally] of Object.entries(noumea)) {
      assert.equal(number(tally.covered) + number(tally.uncovered), number(tally.total), name);
    }
    assert.equal(
      number(noumea.settlements?.uncovered ?? ''),
      rows.filter((r) => !r.key.startsWith('school')).length,
    );
  });

  it('measures gaps against the network chosen', async () => {
    // Given the gaps for fibre
    await planning.openPlanning();
    const fibreRows = (await planning.tableRows()).length;
    // When 4G is chosen
    await planning.chooseTechnology('4G', '4g');
    // Then fewer places lack it, and the link says 4G
    const g4Rows = (await planning.tableRows()).length;
    assert.ok(g4Rows < fibreRows, `4G ${g4Rows} vs fibre ${fibreRows}`);
    assert.equal(planning.urlState().get('tech'), '4g');
  });

  it('shows the fibre rollout as it stood at the end of the year chosen', async () => {
    // Given the whole territory, rollout shown at its last year
    await planning.openPlanning();
    const last = await planning.lastYear();
    await planning.setYear(last);
    const late = await planning.rolloutZonesDrawn();
    assert.equal(late.deployed, await planning.zonesDeployedBy(last));
    // When the slider goes back to 2018
    await planning.setYear(2018);
    // Then fewer zones are drawn as deployed: exactly those deployed by 31 December 2018
    const early = await planning.rolloutZonesDrawn();
    assert.equal(early.deployed, await planning.zonesDeployedBy(2018));
    assert.ok(early.deployed < late.deployed, `2018: ${early.deployed}, ${last}: ${late.deployed}`);
    assert.ok(early.deployed > 0);
    assert.equal(
      early.deployed + early.planned,
      late.deployed + late.planned,
      'every zone is drawn either way',
    );
    // And the chart marks 2018, which the link remembers
    assert.equal(await planning.chartYear(), '2018');
    assert.ok((await planning.chartBars()) > 10);
    assert.equal(planning.urlState().get('year'), '2018');
  });

  it('shows white zones and what they hold', async () => {
    // Given the Planning view with white zones ticked
    await planning.openPlanning('map=8/-21.3/165.6');
    await planning.showWhiteZones('Zones blanches (aucune couverture mobile)');
    assert.ok((await planning.whiteZonesDrawn()) > 0);
    // When one is clicked, its popup gives its area and population
    await planning.clickWhiteZone();
    const text = await planning.popupText();
    assert.match(text, /Superficie/);
    assert.match(text, /km²/);
    assert.match(text, /Habitants/);
  });

  it('counts what lies within 10 km of Nouméa, in the browser and on the server alike', async () => {
    // Given the map over Nouméa
    await planning.openPlanning(NOUMEA_VIEW);
    // When a centre is picked at the middle of the map with a 10 km radius
    await planning.area.circleAtMapMiddle('Choisir un centre', 'Rayon (km)', '10');
    // Then both columns give the same figures, and say they agree
    const { browser: inBrowser, server } = await planning.area.columns();
    assert.deepEqual(inBrowser, server);
    assert.ok(number(inBrowser.population ?? '') > 10_000, `population ${inBrowser.population}`);
    assert.match(inBrowser.areaKm2 ?? '', /^314,1\d* km²$/);
    assert.equal(await planning.area.verdict(), 'true');
  });

  it('counts what lies inside a polygon drawn with the mouse, in both columns alike', async () => {
    // Given the map over Nouméa
    await planning.openPlanning(NOUMEA_VIEW);
    // When a four-sided polygon is drawn around the middle of the map
    await planning.area.drawPolygon('Dessiner un polygone', [
      [-180, -140],
      [180, -150],
      [200, 160],
      [-170, 150],
    ]);
    // Then both columns agree on the counts, and the areas within 1%
    const { browser: inBrowser, server } = await planning.area.columns();
    for (const figure of [
      'population',
      'settlements',
      'tribus',
      'schools',
      'pupils',
      'fibre',
      'g4',
      'mobile',
    ]) {
      assert.equal(inBrowser[figure], server[figure], figure);
    }
    const area = (text: string | undefined) => Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    assert.ok(area(inBrowser.areaKm2) > 0);
    assert.ok(Math.abs(area(inBrowser.areaKm2) - area(server.areaKm2)) / area(server.areaKm2) <= 0.01);
    assert.equal(await planning.area.verdict(), 'true');
  });

  it('offers the ranked gaps as CSV and GeoJSON files', async () => {
    // Given 4G gaps in Nouméa
    await planning.openPlanning('tech=4g&commune=98818');
    // Then both links ask the API for that ranking, and it answers with a named file
    const links = await planning.downloadLinks();
    assert.deepEqual(links, [
      '/api/gaps?technology=4g&commune=98818&format=csv',
      '/api/gaps?technology=4g&commune=98818&format=geojson',
    ]);
    for (const link of links) {
      const file = await planning.download(link);
      assert.equal(file.status, 200);
      assert.match(file.disposition ?? '', /attachment; filename=/);
    }
  });

  it('gives a phone the map and the panel, every control big enough for a finger', async () => {
    // Given a phone-sized screen
    await page.close();
    page = await session.browser.newPage({ width: 390, height: 844 });
    planning = new PlanningDriver(page, session.app.url);
    // When the Planning view opens
    await planning.openPlanning();
    // Then the map draws, and no control of the header or the panel is under 44 px high
    assert.ok((await planning.uncoveredCirclesDrawn()) > 0);
    assert.deepEqual(await planning.smallTouchTargets(44), []);
  });

  it('fits the coverage summary on a 360 px phone, nothing cut on the right', async () => {
    // Given a 360 px wide phone
    await page.close();
    page = await session.browser.newPage({ width: 360, height: 740 }, { phone: true });
    planning = new PlanningDriver(page, session.app.url);
    // When the Planning view opens, in French and in English (longer words)
    await planning.openPlanning();
    await planning.scrollTotalsIntoView();
    await page.screenshot(new URL('../../test-results/planning-totals-360.png', import.meta.url).pathname);
    // Then the totals, the panel and the page are no wider than the screen
    assert.deepEqual(await planning.totalsOverflow(), { table: 0, panel: 0, page: 0 });
    await planning.switchLanguage('en');
    assert.deepEqual(await planning.totalsOverflow(), { table: 0, panel: 0, page: 0 });
  });

  it('speaks English, and saves a screenshot', async () => {
    // Given the Planning view in French, over Greater Nouméa, the rollout at the end of 2020
    await planning.openPlanning('map=9.4/-22.18/166.47&year=2020');
    // When English is chosen
    await planning.switchLanguage('en');
    // Then the view speaks English and the link remembers it
    assert.deepEqual(await planning.headings(), [
      'Coverage summary',
      'Places without service',
      'Commune map',
      'Fibre rollout',
      'Area analysis',
    ]);
    assert.equal(planning.urlState().get('lang'), 'en');
    await planning.area.circleAtMapMiddle('Pick a centre', 'Radius (km)', '10');
    await planning.screenshot(SCREENSHOT);
  });
});
