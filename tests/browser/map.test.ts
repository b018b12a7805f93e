// The map in a real browser against the real app (embedded database with sample data):
// it loads, draws every infrastructure group, toggles, explains features, speaks English,
// names the communes, and keeps its state in the URL.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { MapDriver } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { useAppSession } from './app-session.ts';

const SCREENSHOT = new URL('../../test-results/map.png', import.meta.url).pathname;
const screenshotOf = (name: string) => new URL(`../../test-results/${name}.png`, import.meta.url).pathname;
/** The whole territory at zoom 7, as a planner first sees it. */
const TERRITORY_Z7 = 'map=7/-21.3/165.8';
/** One layer per infrastructure group: areas, points, and the group each belongs to. */
const GROUP_LAYERS = ['fibre-zones', 'mobile-coverage', 'po-boxes', 'wifi-terminals', 'schools'];
const ALL_GROUPS = `layers=communes,${GROUP_LAYERS.join(',')}`;

describe('the infrastructure map in a browser', { timeout: 180_000 }, () => {
  const session = useAppSession();
  let page: TestPage;
  let map: MapDriver;

  beforeEach(async () => {
    page = await session.browser.newPage();
    map = new MapDriver(page, session.app.url);
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
    assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
    assert.deepEqual(page.errors, [], 'the page logged errors');
  });

  it('loads: the map becomes ready and says the data are generated', async () => {
    // Given the app, when it is opened with no link state
    await map.open();
    // Then the map is ready, in French, with the sample-data notice on screen
    assert.match(await map.noticeText(), /Données d'exemple — générées, non réelles/);
    assert.equal(map.urlState().get('map')?.split('/').length, 3, 'the view is written into the URL');
  });

  it('draws features of each of the five infrastructure groups', async () => {
    // Given a link showing one layer of each group
    await map.open(ALL_GROUPS);
    // Then each of them has features drawn on screen
    for (const layerId of GROUP_LAYERS) {
      assert.ok((await map.renderedFeatureCount(layerId)) > 0, `${layerId} draws no feature`);
    }
  });

  it('hides a layer unticked in the panel and drops it from the URL', async () => {
    // Given the map with Wi-Fi terminals drawn
    await map.open(ALL_GROUPS);
    assert.ok((await map.renderedFeatureCount('wifi-terminals')) > 0);
    // When their checkbox is unticked
    await map.setLayerVisible('wifi-terminals', false);
    // Then none is drawn, the URL no longer lists them, and the other layers stay
    assert.equal(await map.renderedFeatureCount('wifi-terminals'), 0);
    const layers = map.urlState().get('layers')?.split(',') ?? [];
    assert.ok(!layers.includes('wifi-terminals'), `URL still lists wifi-terminals: ${layers.join(',')}`);
    assert.ok(layers.includes('schools'));
    // And ticking it again draws them again
    await map.setLayerVisible('wifi-terminals', true);
    assert.ok((await map.renderedFeatureCount('wifi-terminals')) > 0);
  });

  it('shows mobile coverage one technology at a time, chosen in the legend', async () => {
    // Given the coverage layer, which starts on 4G alone
    await map.open('map=8/-21.2/165.4&layers=communes,mobile-coverage');
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'technology'), ['4g']);
    // When 2G is ticked and 4G unticked in its legend
    await map.setLegendValue('mobile-coverage', '2G', true);
    await map.setLegendValue('mobile-coverage', '4G', false);
    // Then only 2G is drawn, and the link says so
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'technology'), ['2g']);
    assert.equal(map.urlState().get('f.mobile-coverage'), '2g');
  });

  it('explains a clicked feature in plain words', async () => {
    // Given the map showing PO boxes only, close enough that they are no longer clustered
    await map.open('map=12/-22.27/166.45&layers=po-boxes');
    // When a PO box is clicked
    await map.clickFeature('po-boxes');
    // Then a popup lists its attributes under their catalogue labels
    const text = await map.popupText();
    assert.match(text, /Statut/);
    assert.match(text, /Commune/);
  });

  it('switches the interface to English', async () => {
    // Given the map in French
    await map.open();
    const french = await map.panelText();
    assert.match(french, /Fibre optique/i);
    // When English is chosen
    await map.switchLanguage('en');
    // Then the panel speaks English and the URL remembers it
    const english = await map.panelText();
    assert.notEqual(english, french);
    assert.match(english, /Fibre optics/i);
    assert.match(await map.noticeText(), /Sample data — generated, not real/);
    assert.equal(map.urlState().get('lang'), 'en');
  });

  it('remembers the language chosen, on the next visit without a language in the link', async () => {
    // Given English chosen on the map
    await map.open();
    await map.switchLanguage('en');
    // When the app is opened again from a bare address, in the same browser
    await map.open();
    // Then it speaks English, and says so to the browser
    assert.equal(await map.documentLanguage(), 'en');
    assert.match(await map.noticeText(), /Sample data — generated, not real/);
    // And a link asking for French still opens in French
    await map.open('lang=fr');
    await map.waitForDocumentLanguage('fr');
  });

  it('names the communes on the map', async () => {
    // Given the map over the whole territory
    await map.open();
    // Then commune names are drawn, Nouméa among them
    const labels = await map.communeLabels();
    assert.ok(labels.length >= 10, `only ${labels.length} commune labels drawn`);
    assert.ok(labels.includes('Nouméa'), `Nouméa not among ${labels.join(', ')}`);
  });

  it('reopens the view and layers a link carries', async () => {
    // Given a link to Nouméa at zoom 11 with only schools
    await map.open('map=11/-22.27/166.45&layers=schools&lang=en');
    // Then the map looks there, with schools ticked and Wi-Fi not, in English
    const view = await map.view();
    assert.ok(Math.abs(view.zoom - 11) < 0.01, `zoom ${view.zoom}`);
    assert.ok(Math.abs(view.lat + 22.27) < 0.001 && Math.abs(view.lon - 166.45) < 0.001);
    assert.equal(await map.isLayerChecked('schools'), true);
    assert.equal(await map.isLayerChecked('wifi-terminals'), false);
    assert.equal(await map.renderedFeatureCount('wifi-terminals'), 0);
  });

  it('follows a link pasted into the open map', async () => {
    // Given the map open on the whole territory
    await map.open();
    // When the hash is replaced by a view of Lifou with only Wi-Fi terminals
    await map.followHash('map=10/-20.92/167.24&layers=wifi-terminals');
    // Then the map moves there and shows only that layer
    const view = await map.view();
    assert.ok(Math.abs(view.zoom - 10) < 0.01 && Math.abs(view.lat + 20.92) < 0.001, JSON.stringify(view));
    assert.equal(await map.isLayerChecked('schools'), false);
    assert.equal(await map.renderedFeatureCount('schools'), 0);
  });

  it('gives a phone the map first, with the layer panel one tap away', async () => {
    // Given a phone-sized screen
    await page.close();
    page = await session.browser.newPage({ width: 390, height: 844 });
    map = new MapDriver(page, session.app.url);
    // When the map opens, then the panel is closed and the notice still shows
    await map.open();
    assert.equal(await map.layerPanelOpen(), false);
    assert.match(await map.noticeText(), /Données d'exemple/);
    // And a tap on its button opens it
    await map.toggleLayerPanel();
    assert.equal(await map.layerPanelOpen(), true);
    assert.equal(await map.isLayerChecked('schools'), true);
  });

  it('summarises the counted point layers into clusters at the territory zoom', async () => {
    // Given the map at first sight (no link), over the whole territory
    await map.open();
    // Then PO boxes and Wi-Fi terminals are drawn as numbered clusters, fewer marks than features
    for (const layerId of ['po-boxes', 'wifi-terminals']) {
      const clusters = await map.renderedStyleLayerCount(`${layerId}-cluster`);
      const single = await map.renderedStyleLayerCount(`${layerId}-circle`);
      assert.ok(clusters > 0, `${layerId} draws no cluster`);
      assert.ok(clusters + single < 60, `${layerId}: ${clusters} clusters and ${single} points on screen`);
      assert.ok((await map.renderedStyleLayerCount(`${layerId}-cluster-count`)) > 0, `${layerId}: no count`);
    }
    // When the biggest Wi-Fi cluster is clicked, then the map zooms in and no popup opens
    const before = (await map.view()).zoom;
    await map.clickCluster('wifi-terminals');
    assert.ok((await map.view()).zoom > before + 0.5);
    assert.equal(await map.popupOpen(), false);
  });

  it('shows the fibre rollout at zoom 7, a marker on each zone', async () => {
    // Given the territory at zoom 7 with fibre zones
    await map.open(`${TERRITORY_Z7}&layers=communes,fibre-zones`);
    // Then the zones are drawn, each with a marker at this zoom
    const zones = await map.renderedFeatureCount('fibre-zones');
    const markers = await map.renderedStyleLayerCount('fibre-zones-marker');
    assert.ok(zones > 0, 'no fibre zone drawn at zoom 7');
    assert.ok(markers >= 50, `only ${markers} fibre zone markers at zoom 7`);
  });

  it('keeps the place names above every data layer', async () => {
    // Given the map with every layer, one of them ticked after the map has drawn
    await map.open(`${ALL_GROUPS},settlements`);
    await map.setLayerVisible('fibre-cables', true);
    // Then the commune names come after every data layer in the style, and are drawn
    const order = await map.styleLayerIds();
    const labels = order.indexOf('commune-labels');
    assert.ok(labels >= 0, 'no commune labels in the style');
    const dataAbove = order.slice(labels + 1);
    assert.deepEqual(dataAbove, [], `data layers drawn over the names: ${dataAbove.join(', ')}`);
    assert.ok((await map.communeLabels()).includes('Nouméa'));
  });

  it('keeps the place names of a configured basemap above every data layer', async () => {
    // Given a configured basemap whose style has its own place names
    await map.useBasemapStyle({
      version: 8,
      sources: {
        places: {
          type: 'geojson',
          data: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [166.45, -22.27] },
                properties: { name: 'Nouméa' },
              },
            ],
          },
        },
      },
      layers: [
        { id: 'paper', type: 'background', paint: { 'background-color': '#eef0ea' } },
        {
          id: 'place-names',
          type: 'symbol',
          source: 'places',
          layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'] },
        },
      ],
    });
    // When the map opens with layers of every kind
    await map.open(ALL_GROUPS);
    // Then the basemap's names stay the top layer, the data under them
    const order = await map.styleLayerIds();
    assert.ok(order.length > 3, `only ${order.join(', ')}`);
    assert.equal(order.at(-1), 'place-names', `drawn last: ${order.slice(-4).join(', ')}`);
  });

  it('filters mobile coverage by level from its own legend, kept in the link', async () => {
    // Given 4G coverage, which has good and fair levels
    await map.open('map=8/-21.2/165.4&layers=communes,mobile-coverage');
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'level'), ['fair', 'good']);
    // When the fair level is unticked in the level legend
    await map.setLegendValue('mobile-coverage', 'Limitée (extérieur)', false);
    // Then only good coverage is drawn, still 4G alone, and the link says so
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'level'), ['good']);
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'technology'), ['4g']);
    assert.equal(map.urlState().get('f.mobile-coverage.level'), 'good');
    // And a link carrying it opens with the same levels ticked
    await map.open('map=8/-21.2/165.4&layers=communes,mobile-coverage&f.mobile-coverage.level=fair');
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'level'), ['fair']);
  });

  it('saves screenshots of the first look at zoom 7 and of a closer view', async () => {
    await map.open();
    await map.screenshot(screenshotOf('map-first-look'));
    await map.open(TERRITORY_Z7);
    await map.screenshot(screenshotOf('map-z7'));
    await map.open('map=10.5/-22.2/166.5');
    await map.screenshot(screenshotOf('map-z10'));
    await map.open('map=8/-21.2/165.4&layers=communes,mobile-coverage,mobile-sites&f.mobile-coverage=3G,4G');
    await map.screenshot(screenshotOf('map-mobile-z8'));
  });

  it('saves a screenshot of the default view', async () => {
    await map.open(ALL_GROUPS);
    await map.screenshot(SCREENSHOT);
  });
});
