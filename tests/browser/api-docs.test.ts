// The API documentation page in a real browser against the real app, with no network: Swagger UI
// served by the app draws every operation of /api/openapi.json, grouped by area, within the app's
// Content-Security-Policy; an operation opens on its parameters. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { apiDocument } from '../../server/openapi/document.ts';
import { startAppServer, type RunningApp } from '../support/app-server.ts';
import { ApiDocsDriver } from './api-docs-driver.ts';
import { launchBrowser, type TestBrowser, type TestPage } from './playwright-helper.ts';

const results = (name: string) => new URL(`../../test-results/${name}`, import.meta.url).pathname;
const documented = Object.entries(apiDocument().paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
);

describe('the API documentation page in a browser', { timeout: 180_000 }, () => {
  let app: RunningApp;
  let browser: TestBrowser;
  const pages: TestPage[] = [];
  const newDriver = async () => {
    const page = await browser.newPage({ width: 1280, height: 900 });
    pages.push(page);
    return new ApiDocsDriver(page, app.url);
  };

  // The page needs no built client: the app alone, and a browser.
  before(async () => {
    app = await startAppServer({ clientDir: '/nonexistent' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(page.errors, [], 'the page had errors');
    }
  });

  it('lists every operation of the document, GET /api/layers/{id} among them, by area', async () => {
    // Given the app, when a developer opens /api/docs
    const docs = await newDriver();
    await docs.open();
    // Then the page shows the document's title, its areas, and each operation once
    await docs.screenshot(results('api-docs.png'));
    assert.match(await docs.title(), /Carte des infrastructures — API/);
    assert.deepEqual((await docs.sections()).slice(0, 3), ['Service', 'Layers', 'Communes']);
    const shown = await docs.operations();
    assert.ok(shown.includes('GET /api/layers/{id}'), shown.join('\n'));
    assert.deepEqual([...shown].sort(), [...documented].sort());
  });

  it('opens GET /api/layers/{id} on its path and query parameters', async () => {
    const docs = await newDriver();
    await docs.open();
    // When the developer opens the layer operation
    const parameters = await docs.openOperation('GET /api/layers/{id}');
    await docs.screenshot(results('api-docs-layer.png'));
    // Then its parameters are the route's: the layer id, bbox, zoom, commune and the enum filters
    assert.deepEqual(parameters, ['id', 'bbox', 'zoom', 'commune', 'filters']);
  });
});
