// The public's view (issue #5) on a phone, in a real browser against the real app (embedded database
// with sample data): "Près de moi" in Poindimié lists what the API ranks nearest, a search with a typo
// finds Hienghène, a tap in the Loyalty Islands tells about fibre and 4G, a tap at sea says so, the
// list survives going offline, every control is big enough for a thumb, and it speaks English.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { formatDistance } from '../../client/src/public/distance.ts';
import { directionsUrl } from '../../client/src/public/geo-uri.ts';
import type { PageOptions, TestPage } from './playwright-helper.ts';
import { PublicDriver } from './public-driver.ts';
import { useAppSession } from './app-session.ts';

const SCREENSHOT = new URL('../../test-results/public.png', import.meta.url).pathname;
const PHONE = { width: 360, height: 740 };
/** Someone standing in Poindimié, on the east coast. */
const POINDIMIE = { lon: 165.3342, lat: -20.938 };
/** A spot on Lifou, in the Loyalty Islands, and the map around it. */
const LIFOU = { lon: 167.26, lat: -20.92 };
const LIFOU_VIEW = `map=11/${LIFOU.lat}/${LIFOU.lon}`;
/** Kuto, on Île des Pins: the nearest terminals are in Nouméa and Yaté, across the sea (issue #9). */
const ILE_DES_PINS = { lon: 167.44, lat: -22.64 };
const ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36';
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1';
/** The lagoon south of Grande Terre. */
const SEA = { lon: 166.3, lat: -22.6 };
/** Figures read without the language's spaces (Intl puts a no-break space before the unit). */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('the public view on a phone', { timeout: 240_000 }, () => {
  const session = useAppSession();
  let page: TestPage;
  let ici: PublicDriver;

  const openPage = async (options: PageOptions) => {
    page = await session.browser.newPage(PHONE, { phone: true, ...options });
    ici = new PublicDriver(page, session.app.url);
  };

  beforeEach(async () => {
    await openPage({ geolocation: POINDIMIE });
  });

  afterEach(async () => {
    await page.close();
    assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
    assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
    assert.deepEqual(page.errors, [], 'the page logged errors');
  });

  it('opens from the header\'s "Près de moi" at /ici, the sample-data notice still on screen', async () => {
    // Given the map view
    await ici.open();
    // When "Près de moi" is chosen in the header
    await page.pressButton('Près de moi');
    await ici.waitUntilPublicMapReady();
    // Then the page is /ici, with its search box and actions, and still says the data are samples
    assert.equal(new URL(page.url()).pathname, '/ici');
    assert.equal(await page.count('.place-search__input'), 1);
    assert.match(await ici.noticeText(), /Données d'exemple/);
  });

  it('lists the nearest working terminal near me, the same one at the same distance as the API', async (t) => {
    // Given someone in Poindimié on the public view
    await ici.openPublic();
    // When they press "Près de moi"
    const elapsed = await ici.pressNearMe();
    t.diagnostic(`"Près de moi" to the list: ${elapsed} ms`);
    assert.ok(elapsed < 2000, `the list took ${elapsed} ms`);
    // Then the first terminal listed is the API's nearest, at its distance, numbered 1
    const expected = await ici.nearestFromApi(POINDIMIE.lon, POINDIMIE.lat);
    const listed = await ici.terminals();
    const first = listed[0];
    const nearest = expected.terminals[0];
    assert.ok(first && nearest);
    assert.equal(first.id, nearest.id);
    assert.equal(first.name, nearest.siteName);
    assert.equal(first.distanceM, nearest.distanceM);
    assert.equal(plain(first.distanceText), plain(formatDistance(nearest.distanceM, 'fr-NC')));
    assert.equal(first.marker, '1');
    assert.equal(first.status, 'En service');
    assert.match(first.hours, /^Horaires : /);
    // And every working terminal the API gives is listed in its order, with directions for the phone
    assert.deepEqual(
      listed.filter((terminal) => terminal.status === 'En service').map((terminal) => terminal.id),
      expected.terminals.map((terminal) => terminal.id),
    );
    // (a desktop browser: OpenStreetMap directions on foot from where they stand)
    assert.equal(
      first.directions,
      directionsUrl('desktop', {
        to: { lat: nearest.lat, lon: nearest.lon, label: nearest.siteName },
        from: POINDIMIE,
      }),
    );
    // And the map draws them numbered as in the list, where they are
    const markers = await ici.markersOnMap();
    expected.terminals.forEach((terminal, index) => {
      const marker = markers.find((drawn) => drawn.id === terminal.id);
      assert.equal(marker?.marker, String(index + 1), `marker of ${terminal.siteName}`);
      assert.ok(
        marker && Math.abs(marker.lon - terminal.lon) < 1e-3 && Math.abs(marker.lat - terminal.lat) < 1e-3,
      );
    });
  });

  it('shows terminals under maintenance apart, never as the nearest', async () => {
    // Given someone on Lifou, where the market's terminal is under maintenance
    await page.close();
    await openPage({ geolocation: LIFOU });
    await ici.openPublic(LIFOU_VIEW);
    // When they press "Près de moi"
    await ici.pressNearMe();
    // Then working terminals come first, numbered, and the one under maintenance after them, as such
    const expected = await ici.nearestFromApi(LIFOU.lon, LIFOU.lat);
    assert.ok(expected.unavailable.length > 0, 'the sample has a terminal under maintenance near Lifou');
    const listed = await ici.terminals();
    assert.equal(listed[0]?.id, expected.terminals[0]?.id);
    const apart = listed.slice(expected.terminals.length);
    assert.deepEqual(
      apart.map((terminal) => [terminal.id, terminal.status, terminal.marker, terminal.directions]),
      expected.unavailable.map((terminal) => [terminal.id, 'En maintenance', '×', null]),
    );
  });

  it('says plainly when location is refused, and points to search or a tap', async () => {
    // Given a phone that does not share its position
    await page.close();
    await openPage({});
    await ici.openPublic();
    // When "Près de moi" is pressed, then the reason and what to do instead are shown
    const alert = await ici.pressNearMeExpectingAlert();
    assert.match(alert, /n'avez pas autorisé la localisation/);
    assert.match(alert, /Cherchez un lieu/);
  });

  it('finds Hienghène despite a typo, and lists the terminals from there', async () => {
    // Given the public view
    await ici.openPublic();
    // When "Hiengene" is typed, then Hienghène is offered first
    const offered = await ici.search('Hiengene');
    assert.equal(offered[0], 'Hienghène');
    // When it is chosen with Enter
    await ici.chooseWithEnter();
    // Then the list is about Hienghène, and the map went there
    assert.match(await ici.nearestHeading(), /de Hienghène$/);
    const expected = await ici.nearestFromApi(164.946005, -20.688741);
    assert.equal((await ici.terminals())[0]?.id, expected.terminals[0]?.id);
    await page.waitUntil(() => !window.__map?.isMoving());
    const view = await ici.view();
    assert.ok(Math.abs(view.lon - 164.95) < 0.3 && Math.abs(view.lat + 20.69) < 0.3, JSON.stringify(view));
  });

  it('tells whether fibre and 4G reach a spot tapped in the Loyalty Islands', async () => {
    // Given the map over Lifou
    await ici.openPublic(LIFOU_VIEW);
    // When the spot is tapped
    await ici.tapMap(LIFOU.lon, LIFOU.lat);
    // Then the card names the commune, and says what the API says of fibre and 4G there
    const card = await ici.hereCard();
    const expected = await ici.hereFromApi(LIFOU.lon, LIFOU.lat);
    assert.equal(card.where, 'land');
    assert.match(card.place, /^Lifou, province des îles Loyauté$/);
    assert.match(expected.fibre.status, /^(planned|studies|works)$/);
    assert.equal(card.fibre, `prévue pour ${expected.fibre.zone?.plannedYear}`);
    const g4 = expected.mobile.find((entry) => entry.technology === '4g');
    assert.equal(g4?.level, 'good');
    // The tap lands within a pixel (about 50 m at this zoom) of the spot, near the edge of the good
    // 4G area: the card may say good or fair, never that 4G does not reach.
    assert.match(card.mobile, /^4G, (bonne couverture|couverture moyenne)/);
    assert.ok(
      card.mobileDetails.some((line) => /^4G : (bonne couverture|couverture moyenne)/.test(line)),
      card.mobileDetails.join(' / '),
    );
    assert.match(card.nearest, /Borne Wi-Fi/);
  });

  it('asks about the centre of the map from the keyboard ("Ce point")', async () => {
    // Given the map centred on Lifou
    await ici.openPublic(LIFOU_VIEW);
    // When "Ce point" is pressed with Enter
    await ici.askThisSpotWithKeyboard();
    // Then the card is about Lifou
    assert.match((await ici.hereCard()).place, /^Lifou,/);
  });

  it("shows the API's message for a spot at sea instead of an empty card", async () => {
    // Given the map over the lagoon
    await ici.openPublic(`map=10/${SEA.lat}/${SEA.lon}`);
    // When a spot at sea is tapped
    await ici.tapMap(SEA.lon, SEA.lat);
    // Then the card gives the sea message, and no fibre or mobile answer
    const card = await ici.hereCard();
    const expected = await ici.hereFromApi(SEA.lon, SEA.lat);
    assert.equal(card.where, 'sea');
    assert.equal(card.message, expected.message?.fr);
    assert.equal(card.fibre, '');
    assert.equal(card.mobile, '');
  });

  it('still lists the terminals offline after a first visit', async () => {
    // Given a first visit with the service worker allowed, and a list of terminals
    await page.close();
    await openPage({ geolocation: POINDIMIE, serviceWorkers: true });
    await ici.openPublic();
    await ici.waitForServiceWorker();
    await ici.pressNearMe();
    const online = await ici.terminals();
    // When the phone loses its signal and the page is opened again
    await ici.reopenOffline();
    await ici.waitForTerminals();
    // Then the same terminals are listed, and the page says it is offline
    assert.deepEqual(
      (await ici.terminals()).map((terminal) => [terminal.id, terminal.distanceM]),
      online.map((terminal) => [terminal.id, terminal.distanceM]),
    );
    assert.match(await ici.offlineNote(), /^Hors ligne\./);
    await page.setOffline(false);
  });

  it('gives every control a touch target of at least 44 × 44 px', async () => {
    // Given the view with a list of terminals and the search list open
    await ici.openPublic();
    await ici.pressNearMe();
    await ici.search('mai');
    // Then nothing a finger could aim at is smaller than 44 px either way
    assert.deepEqual(await ici.smallTouchTargets(), []);
  });

  it('speaks English', async () => {
    // Given the public view with a list, in French
    await ici.openPublic();
    await ici.pressNearMe();
    // When English is chosen
    await ici.switchLanguage('en');
    // Then the actions, the list and its distances are in English, and the link remembers it
    assert.equal(await page.textOf('.public__action--locate .public__action-name'), 'Near me');
    assert.equal(await ici.nearestHeading(), 'Wi-Fi hotspots nearest to your position');
    const first = (await ici.terminals())[0];
    assert.ok(first);
    assert.equal(first.status, 'Working');
    assert.equal(plain(first.distanceText), plain(formatDistance(first.distanceM, 'en-GB')));
    assert.match(await ici.noticeText(), /Sample data/);
    assert.equal(ici.urlState().get('lang'), 'en');
  });

  it('after "Près de moi", "Ce point" describes where I stand, not the centre of the map', async () => {
    // Given someone in Poindimié who pressed "Près de moi" (the map then fits their terminals)
    await ici.openPublic();
    await ici.pressNearMe();
    // When they press "Ce point"
    await ici.pressThisSpot();
    // Then the card is about their own spot
    const card = await ici.hereCardSpot();
    assert.equal(card.spot, 'position');
    assert.equal(card.title, 'Que puis-je avoir là où je suis ?');
    assert.ok(Math.abs(card.lon - POINDIMIE.lon) < 1e-4 && Math.abs(card.lat - POINDIMIE.lat) < 1e-4);
    await ici.screenshot(SCREENSHOT.replace('.png', '-my-spot.png'));
  });

  it('on Île des Pins says first that the island has none, and offers no walk across the sea', async () => {
    // Given someone in Kuto, Île des Pins
    await page.close();
    await openPage({ geolocation: ILE_DES_PINS });
    await ici.openPublic();
    // When they press "Près de moi"
    await ici.pressNearMe();
    // Then the list says first that there is none on their island, naming the nearest and its distance
    const listed = await ici.terminals();
    const first = listed[0];
    assert.ok(first);
    assert.match(
      plain(await ici.islandNote()),
      /^Aucune borne Wi-Fi sur votre île : la plus proche est à [^,]+, \d+ km, de l'autre côté de la mer\.$/,
    );
    assert.ok(plain(await ici.islandNote()).includes(plain(first.distanceText)));
    // And every terminal says it is on another island, with its place on a map but no directions
    for (const terminal of listed.filter((t) => t.status === 'En service')) {
      assert.equal(terminal.island, "Sur une autre île, de l'autre côté de la mer", terminal.name);
      assert.equal(terminal.directions, null, terminal.name);
      assert.match(terminal.placeLink ?? '', /^https:\/\/www\.openstreetmap\.org\/\?mlat=/);
    }
    await ici.screenshot(SCREENSHOT.replace('.png', '-ile-des-pins.png'));
  });

  it('gives a geo: link on Android and an Apple Maps link on an iPhone', async () => {
    for (const [userAgent, expected] of [
      [ANDROID_UA, /^geo:-?\d/],
      [IPHONE_UA, /^https:\/\/maps\.apple\.com\/\?.*dirflg=w/],
    ] as const) {
      await page.close();
      await openPage({ geolocation: POINDIMIE, userAgent });
      await ici.openPublic();
      await ici.pressNearMe();
      const first = (await ici.terminals())[0];
      assert.match(first?.directions ?? '', expected);
    }
  });

  it('answers "Près de moi" before MapLibre has arrived', async () => {
    // Given the map's chunk held back, as a weak link would
    const release = await page.holdRequests(/\/assets\/MapView-[^/]*\.js$/);
    await ici.openPublicSheet();
    // When "Près de moi" is pressed
    await ici.pressNearMe();
    // Then the nearest terminals are listed while there is still no map
    assert.equal(await ici.mapLoaded(), false);
    const expected = await ici.nearestFromApi(POINDIMIE.lon, POINDIMIE.lat);
    assert.equal((await ici.terminals())[0]?.id, expected.terminals[0]?.id);
    await page.screenshot(SCREENSHOT.replace('.png', '-before-map.png'));
    // And once the chunk arrives the map draws them
    await release();
    await ici.waitUntilPublicMapReady();
    assert.ok((await ici.markersOnMap()).length > 0);
  });

  it('saves a screenshot of "Près de moi" on a phone', async () => {
    await ici.openPublic();
    await ici.pressNearMe();
    await ici.screenshot(SCREENSHOT);
  });
});
