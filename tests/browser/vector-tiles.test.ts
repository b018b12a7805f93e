// Large layers come as vector tiles: in a real browser against the real app, mobile coverage is
// drawn from /tiles (no GeoJSON download of the layer), in its legend colour laid translucent over
// the land, filtered by its legend on the map, and a click on it explains the feature.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { MAP_CANVAS, MapDriver } from './map-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { useAppSession } from './app-session.ts';

const SCREENSHOT = new URL('../../test-results/vector-tiles-coverage.png', import.meta.url).pathname;
/** Greater Nouméa and the south, where every technology covers some land. */
const SOUTH = 'map=9/-22.05/166.3&layers=mobile-coverage';
/** The legend colour of 4G (server/layers/catalogue.ts), the coverage shown first. */
const COLOUR_4G = '#6a51a3';
const TILE_REQUEST = /\/tiles\/mobile-coverage\/\d+\/\d+\/\d+\.mvt/;
const GEOJSON_REQUEST = /\/api\/layers\/mobile-coverage(\?|$)/;

describe('large layers drawn from vector tiles', { timeout: 180_000 }, () => {
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

  it('draws mobile coverage from tiles, in its legend colour over the land', async () => {
    // Given the requests the page makes
    const tiles = page.requestsMatching(TILE_REQUEST);
    const geojson = page.requestsMatching(GEOJSON_REQUEST);
    // When the map opens on the south with the coverage layer
    await map.open(SOUTH);
    await map.setLayerVisible('mobile-coverage', true);
    // Then its features came from tiles, not from the GeoJSON endpoint
    assert.ok(tiles.length > 0, 'no tile was asked for');
    assert.deepEqual(geojson, []);
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'technology'), ['4g']);
    // And the pixels it adds (the panel closed, out of the picture) are the 4G purple laid
    // translucent over what is under it
    await map.toggleLayerPanel();
    await map.waitUntilIdle();
    const picture = await page.colourLaidOver(
      MAP_CANVAS,
      SCREENSHOT,
      async () => {
        await map.toggleLayerPanel();
        await map.setLayerVisible('mobile-coverage', false);
        await map.toggleLayerPanel();
        await map.waitUntilIdle();
      },
      COLOUR_4G,
    );
    assert.ok(picture.changed > picture.pixels * 0.05, `coverage changed ${picture.changed} pixels only`);
    assert.ok(
      picture.blended > picture.changed * 0.9,
      `${picture.blended} of the ${picture.changed} changed pixels are 4G purple laid over the map`,
    );
  });

  it('filters the tiles by the legend on the map, and explains a clicked polygon', async () => {
    // Given the coverage layer drawn from tiles
    await map.open(SOUTH);
    await map.setLayerVisible('mobile-coverage', true);
    // When 2G is ticked and 4G unticked in its legend
    await map.setLegendValue('mobile-coverage', '2G', true);
    await map.setLegendValue('mobile-coverage', '4G', false);
    // Then only 2G is drawn
    assert.deepEqual(await map.renderedValues('mobile-coverage', 'technology'), ['2g']);
    // And a click on it opens a popup from the tile's properties
    await map.clickFeature('mobile-coverage');
    assert.match(await map.popupText(), /2G/);
  });
});
