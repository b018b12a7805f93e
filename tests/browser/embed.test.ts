// The embed for communes' websites in a real Chromium: a page of another origin (a second HTTP server
// on 127.0.0.1) frames /embed, which draws the commune's map with its features, its legend, the
// sample notice and a link to the full map; the frame sends no cookie even when the reader is signed
// in on the map, and gets none; the app's other pages still refuse to be framed; a wrong link is
// said in the frame; the commune page copies the code. Pictures under test-results/embed/.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { createAccount } from '../../server/auth/accounts.ts';
import { startFramingSite, type FramingSite } from '../support/framing-site.ts';
import { useAppSession } from './app-session.ts';
import { CommuneDriver } from './commune-driver.ts';
import { EmbedDriver } from './embed-driver.ts';
import type { PageOptions, TestPage } from './playwright-helper.ts';

const picture = (name: string) => new URL(`../../test-results/embed/${name}.png`, import.meta.url).pathname;
const KONE = '98811';
const KONE_EMBED = `/embed?commune=${KONE}&layers=schools,wifi-terminals,fibre-zones`;
const PASSWORD = 'correct horse battery';

/** What the app's server was asked, and what it answered, as the browser sent it. */
interface Seen {
  path: string;
  cookie: string | null;
  setCookie: string | null;
}

describe('the embed on a commune website', { timeout: 300_000 }, () => {
  const seen: Seen[] = [];
  const session = useAppSession({
    onRequest: (request, response) => {
      const url = new URL(request.url);
      seen.push({
        path: `${url.pathname}${url.search}`,
        cookie: request.headers.get('cookie'),
        setCookie: response.headers.get('set-cookie'),
      });
    },
  });
  let site: FramingSite;
  let page: TestPage;
  let embed: EmbedDriver;
  /** A CSP report the test itself provokes (framing a page that refuses it). */
  let expectedViolation: RegExp | null;
  let accounts = 0;

  before(async () => {
    site = await startFramingSite();
  });
  after(async () => {
    await site?.close();
  });

  const openPage = async (options: PageOptions = {}, viewport = { width: 1000, height: 700 }) => {
    page = await session.browser.newPage(viewport, options);
    embed = new EmbedDriver(page, session.app, site);
  };
  beforeEach(async () => {
    expectedViolation = null;
    seen.length = 0;
  });
  afterEach(async () => {
    await page.close();
    const unexpected = (messages: string[]) => messages.filter((m) => !expectedViolation?.test(m));
    assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the machine');
    assert.deepEqual(unexpected(page.cspViolations), [], 'the page broke its Content-Security-Policy');
    assert.deepEqual(unexpected(page.errors), [], 'the page logged errors');
  });

  /** A commune account signed in on the full map, in the page's browser. */
  const signIn = async () => {
    accounts += 1;
    const email = `mairie-kone-${accounts}@example.nc`;
    await createAccount(session.app.db, { email, password: PASSWORD, role: 'commune', commune: KONE });
    assert.equal(await embed.signIn(email, PASSWORD), email, 'signed in on the full map');
  };

  const apiIds = async (layer: string) => {
    const res = await fetch(`${session.app.url}/api/layers/${layer}?commune=${KONE}`);
    const body = (await res.json()) as { features: { properties: { id: number } }[] };
    return body.features.map((feature) => feature.properties.id).sort((a, b) => a - b);
  };

  it("shows the commune's map with its features, a legend, the sample notice and the full map's link", async () => {
    await openPage();
    // Given a commune's website on another site, with the embed of Koné in it
    await embed.visitWebsite('localhost', { path: KONE_EMBED });
    // When the frame has drawn
    const frame = await embed.waitForFramedMap();
    // Then the picture in the frame is a map, not a blank box
    const shot = await embed.framePicture(picture('framed-kone'));
    assert.ok(shot.colours > 40, `only ${shot.colours} colours in the frame`);
    assert.ok(shot.commonest < 0.7, `one colour covers ${Math.round(shot.commonest * 100)} % of the frame`);
    // And every school and Wi-Fi terminal of Koné is drawn, and nothing of another commune
    for (const layer of ['schools', 'wifi-terminals']) {
      const drawn = await embed.drawnFeatures(frame, layer);
      const wanted = await apiIds(layer);
      assert.ok(wanted.length > 0, `Koné has no ${layer} in the sample`);
      assert.deepEqual(
        drawn.map((feature) => feature.id),
        wanted,
        `${layer} drawn`,
      );
      assert.deepEqual([...new Set(drawn.map((feature) => feature.communeInsee))], [KONE]);
    }
    // And the frame names the commune, explains the layers, says the data is sample data
    assert.equal(await frame.textOf('.embed__title'), 'Koné');
    const legend = await frame.textOf('.embed-legend');
    for (const title of [
      'Établissements scolaires connectés',
      'Bornes Wi-Fi extérieures',
      'Fibre : zones de déploiement',
    ]) {
      assert.ok(legend.includes(title), `${title} not in the legend: ${legend}`);
    }
    assert.match(await frame.textOf('.embed__notice'), /Données d'exemple — générées, non réelles/);
    assert.match(await frame.textOf('.embed__attribution'), /Sources/);
    // And its link opens the full map with the same layers, in a new tab
    assert.equal(await frame.textOf('.embed__full-map'), 'Voir sur la carte complète');
    assert.equal(await frame.attributeOf('.embed__full-map', 'target'), '_blank');
    assert.equal(await frame.attributeOf('.embed__full-map', 'rel'), 'noopener');
    const href = new URL((await frame.attributeOf('.embed__full-map', 'href')) ?? '');
    assert.equal(href.origin, session.app.url);
    assert.match(href.hash, /layers=schools,wifi-terminals,fibre-zones/);
    // And there is nothing to sign in with or edit
    assert.equal(await frame.count('.app-header, .sign-in-button, .account-badge, .editing-toolbar'), 0);
  });

  it('speaks English with lang=en and finds the commune by its name', async () => {
    await openPage();
    await embed.visitWebsite('localhost', { path: '/embed?commune=kone&layers=po-boxes&lang=en' });
    const frame = await embed.waitForFramedMap();
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await frame.textOf('.embed__full-map'), 'Open the full map');
    assert.match(await frame.textOf('.embed__notice'), /Sample data — generated, not real/);
    assert.deepEqual(
      (await embed.drawnFeatures(frame, 'po-boxes')).map((feature) => feature.id),
      await apiIds('po-boxes'),
    );
  });

  it('passes WCAG 2.1 AA, the map and the message of a bad link alike', async () => {
    await openPage({}, { width: 600, height: 450 });
    for (const path of [KONE_EMBED, '/embed?commune=Paris']) {
      await page.open(`${session.app.url}${path}`);
      await page.waitForSelector('[data-map-ready="true"], .embed-message[role="alert"]', 60_000);
      assert.deepEqual(await page.accessibilityViolations(), [], `${path} fails WCAG 2.1 AA`);
    }
  });

  it('sends no cookie from another site, even with the reader signed in on the map, and gets none', async () => {
    await openPage();
    // Given a reader signed in on the full map
    await signIn();
    seen.length = 0;
    // When a commune's website on another site shows the embed
    await embed.visitWebsite('localhost', { path: KONE_EMBED });
    await embed.waitForFramedMap();
    // Then every request of the frame (page, scripts, worker, API) came without a cookie
    const paths = seen.map((request) => request.path);
    assert.ok(
      paths.some((path) => path.startsWith('/embed?')),
      'the frame was not asked for',
    );
    assert.ok(paths.filter((path) => path.startsWith('/api/')).length >= 6, `too few API calls: ${paths}`);
    assert.deepEqual(
      seen.filter((request) => request.cookie !== null).map((request) => request.path),
      [],
    );
    // And no answer set one
    assert.deepEqual(
      seen.filter((request) => request.setCookie !== null).map((request) => request.path),
      [],
    );
  });

  it("omits the cookie from the frame's API calls even on the same site, where the browser would send it", async () => {
    await openPage();
    await signIn();
    seen.length = 0;
    // When the website is on the same site as the map (127.0.0.1, another port)
    await embed.visitWebsite('127.0.0.1', { path: KONE_EMBED });
    await embed.waitForFramedMap();
    // Then the browser sent the session with the frame's page (SameSite=Lax lets it: same site)
    const page = seen.find((request) => request.path.startsWith('/embed?'));
    assert.match(page?.cookie ?? '', /(^|; )session=/, 'the session was not in the browser');
    // But none of the embed's API calls carried it (credentials: 'omit')
    const api = seen.filter((request) => request.path.startsWith('/api/'));
    assert.ok(api.length >= 6, `too few API calls: ${api.map((request) => request.path)}`);
    assert.deepEqual(
      api.filter((request) => request.cookie !== null).map((request) => request.path),
      [],
    );
  });

  it('lets any site frame /embed but still refuses to be framed on the rest of the app', async () => {
    await openPage();
    // Given a website framing the full map instead of the embed
    expectedViolation = /frame-ancestors/;
    await embed.visitWebsite('localhost', { path: '/' });
    // Then the browser refuses to show it, on the app's word
    const frame = await embed.frame();
    const refused = () => page.cspViolations.some((message) => /frame-ancestors 'self'/.test(message));
    for (let waited = 0; !refused() && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(refused(), `no frame-ancestors refusal: ${page.cspViolations.join(' | ')}`);
    assert.equal(await frame.count('#root'), 0, 'the full map showed in a frame of another site');
    // And the headers say so: any site for /embed, the app alone elsewhere
    const policy = async (path: string) =>
      /frame-ancestors ([^;]*)/.exec(
        (await fetch(`${session.app.url}${path}`)).headers.get('content-security-policy') ?? '',
      )?.[1];
    assert.equal(await policy(KONE_EMBED), '*');
    assert.equal(await policy('/'), "'self'");
    assert.equal(await policy(`/commune/${KONE}`), "'self'");
  });

  it('says in the frame what is wrong with a bad link, instead of a blank map', async () => {
    await openPage();
    await embed.visitWebsite('localhost', { path: '/embed?commune=Paris&layers=schools,roads' });
    const frame = await embed.frame();
    await frame.waitForSelector('.embed-message[role="alert"]');
    const message = await frame.textOf('.embed-message');
    assert.match(message, /Ce lien de carte est incomplet ou erroné/);
    assert.match(message, /Commune inconnue : « Paris »/);
    assert.match(message, /Couche inconnue : roads\. Couches possibles : .*schools/);
    assert.equal(await frame.count('.map-view'), 0);
    await page.screenshot(picture('bad-link'));
  });

  it('copies the embed code from the commune page, and the code pasted on a website shows the map', async () => {
    await openPage({ clipboard: true });
    // Given Koné's page
    const commune = new CommuneDriver(page, session.app.url);
    await commune.openAddress(`/commune/${KONE}`);
    // When its embed section is opened and the button pressed
    await embed.openCodeSection();
    const status = await embed.pressCopy("Copier le code d'intégration");
    // Then the page says the code is copied, and the clipboard holds the code the field shows
    assert.equal(status, 'Code copié dans le presse-papiers.');
    const code = await page.clipboardText();
    assert.equal(code, await embed.codeInField());
    assert.match(
      code,
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?commune=98811&amp;layers=[a-z,-]+&amp;lang=fr" width="600" height="450" title="Carte des infrastructures — Koné" loading="lazy" style="border:0"><\/iframe>$/,
    );
    await embed.screenshotOfCodeBox(picture('commune-embed-code'));
    // When that code is pasted into a page of the commune's website
    await embed.visitWebsite('localhost', { html: code });
    // Then the map of Koné shows there
    const frame = await embed.waitForFramedMap();
    assert.equal(await frame.textOf('.embed__title'), 'Koné');
  });

  it('shows the code selected, and how to copy it, where the browser gives no clipboard', async () => {
    await openPage({ clipboard: false });
    const commune = new CommuneDriver(page, session.app.url);
    await commune.openAddress(`/commune/${KONE}`);
    await embed.openCodeSection();
    const status = await embed.pressCopy("Copier le code d'intégration");
    assert.equal(status, 'Copie impossible ici : sélectionnez le code ci-dessous et copiez-le.');
    const selection = await embed.fieldSelection();
    assert.equal(selection.focused, true);
    assert.equal(selection.selected, await embed.codeInField());
  });
});
