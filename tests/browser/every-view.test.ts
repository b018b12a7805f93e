// Every view and state, on a desktop and on a phone (issue #9, items 7 and 8): the document is no
// taller or wider than the window (nothing scrolls into blank space), and axe-core finds no WCAG 2.1
// A or AA violation: the territory map with its panel open and a popup, planning with every section
// open, the list of communes, a commune page with a project open, the public view with its list and
// with the card of a spot. A screenshot of each is saved under test-results/every-view/.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CommuneDriver } from './commune-driver.ts';
import { MapDriver } from './map-driver.ts';
import { PlanningDriver } from './planning-driver.ts';
import type { TestPage } from './playwright-helper.ts';
import { PublicDriver } from './public-driver.ts';
import { useAppSession } from './app-session.ts';

const screenshot = (name: string) =>
  new URL(`../../test-results/every-view/${name}.png`, import.meta.url).pathname;
/** Someone standing in Poindimié, on the east coast. */
const POINDIMIE = { lon: 165.3342, lat: -20.938 };
/** Poindimié's page, the one issue #9 measured 3,620 px tall, and its page with a slipped project open. */
const POINDIMIE_PAGE = '/commune/98822';
const SLIPPED_PROJECT = '/commune/98822#project=43';

const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, phone: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, phone: true },
] as const;

for (const screen of SCREENS) {
  describe(`every view on a ${screen.name}, within the window and WCAG 2.1 AA`, { timeout: 300_000 }, () => {
    const session = useAppSession();
    let page: TestPage;

    beforeEach(async () => {
      page = await session.browser.newPage(screen.viewport, { phone: screen.phone, geolocation: POINDIMIE });
    });

    afterEach(async () => {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(page.errors, [], 'the page logged errors');
    });

    /** Then: nothing past the window, no violation; and a picture to look at. */
    const assertWithinWindowAndAccessible = async (driver: MapDriver, view: string) => {
      await page.screenshot(screenshot(`${screen.name}-${view}`));
      assert.deepEqual(
        await driver.overflowPastWindow(),
        { down: 0, across: 0 },
        `${view} reaches past the window`,
      );
      assert.deepEqual(await driver.accessibilityViolations(), [], `${view} fails WCAG 2.1 AA`);
    };

    it('the territory map, its layer panel open and a popup shown', async () => {
      // Given the map with PO boxes, over Nouméa close enough that they are no longer clustered
      const map = new MapDriver(page, session.app.url);
      await map.open('map=12/-22.27/166.45&layers=communes,fibre-zones,po-boxes');
      // When the layer panel is open (a phone starts with it closed) and a PO box is clicked
      if (!(await map.layerPanelOpen())) await map.toggleLayerPanel();
      await map.clickFeature('po-boxes');
      // Then the popup is whole inside the map (its close button within reach)
      await map.waitUntilIdle();
      assert.deepEqual(await map.popupPastMap(), { left: 0, right: 0, top: 0, bottom: 0 });
      await assertWithinWindowAndAccessible(map, 'map');
    });

    it('the territory map in English', async () => {
      // Given the map, when English is chosen
      const map = new MapDriver(page, session.app.url);
      await map.open();
      await map.switchLanguage('en');
      // Then
      await assertWithinWindowAndAccessible(map, 'map-en');
    });

    it('planning, every section of its panel open', async () => {
      // Given the planning view
      const planning = new PlanningDriver(page, session.app.url);
      await planning.openPlanning();
      // When every section is opened
      await planning.openAllSections();
      // Then
      await assertWithinWindowAndAccessible(planning, 'planning');
    });

    it('the list of communes', async () => {
      const commune = new CommuneDriver(page, session.app.url);
      await commune.openAddress('/commune');
      await assertWithinWindowAndAccessible(commune, 'communes');
    });

    it("Poindimié's page, every section open", async () => {
      // Given Poindimié's page
      const commune = new CommuneDriver(page, session.app.url);
      await commune.openAddress(POINDIMIE_PAGE);
      // When every section of its panel is open
      await commune.openAllSections();
      // Then
      await assertWithinWindowAndAccessible(commune, 'commune');
    });

    it("Poindimié's page with a slipped project's details open", async () => {
      const commune = new CommuneDriver(page, session.app.url);
      await commune.openAddress(SLIPPED_PROJECT);
      await commune.waitForDetails(43);
      await assertWithinWindowAndAccessible(commune, 'commune-project');
    });

    it('the public view listing the terminals near me', async () => {
      // Given /ici, when "Près de moi" is pressed
      const ici = new PublicDriver(page, session.app.url);
      await ici.openPublic();
      await ici.pressNearMe();
      // Then
      await assertWithinWindowAndAccessible(ici, 'public-list');
    });

    it('the public view with the card of a spot', async () => {
      // Given /ici over Poindimié, when "Ce point" asks about the spot at the centre
      const ici = new PublicDriver(page, session.app.url);
      await ici.openPublic(`map=12/${POINDIMIE.lat}/${POINDIMIE.lon}`);
      await ici.askThisSpotWithKeyboard();
      // Then
      await assertWithinWindowAndAccessible(ici, 'public-spot');
    });
  });
}
