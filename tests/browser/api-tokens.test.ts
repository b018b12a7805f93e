// API tokens in a real browser against the real app: a planner signs in, makes a token for QGIS on
// the account's "Jetons d'API", is shown it once with how QGIS signs in with it, the token signs a
// program in (Bearer); the planner revokes it and the token is refused from then on.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createAccount } from '../../server/auth/accounts.ts';
import { ApiTokensDriver } from './api-tokens-driver.ts';
import { useAppSession } from './app-session.ts';
import type { TestPage } from './playwright-helper.ts';

const SCREENSHOT = new URL('../../test-results/api-tokens.png', import.meta.url).pathname;
const PLANNER = { email: 'planner.tokens@example.nc', password: 'a long planner password' };

describe('API tokens in a browser', { timeout: 180_000 }, () => {
  const session = useAppSession();
  const pages: TestPage[] = [];

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      await page.close();
      assert.deepEqual(page.offOriginRequests, [], 'the page asked for something outside the app');
      assert.deepEqual(page.cspViolations, [], 'the page broke its Content-Security-Policy');
      assert.deepEqual(page.errors, [], 'the page logged errors');
    }
  });

  const meWith = async (token: string) =>
    fetch(`${session.app.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });

  it('makes a token, shown once, that signs a program in until it is revoked', async () => {
    await createAccount(session.app.db, { ...PLANNER, role: 'planner', commune: null });
    const page = await session.browser.newPage();
    pages.push(page);
    const tokens = new ApiTokensDriver(page);

    // Given a planner signed in
    await page.open(`${session.app.url}/`);
    await tokens.signIn(PLANNER.email, PLANNER.password);

    // When they make a token for QGIS
    await tokens.openTokens();
    const secret = await tokens.makeToken('QGIS au bureau');

    // Then it is shown once, with how QGIS uses it, and it signs a program in
    assert.match(secret, /^ncit_[A-Za-z0-9_-]{43}$/);
    const notice = await tokens.noticeText();
    assert.match(notice, /ne sera plus jamais affiché/);
    assert.ok(notice.includes(`${session.app.url}/ogc`) && notice.includes(PLANNER.email), notice);
    const [listed] = await tokens.listed();
    assert.match(listed ?? '', /QGIS au bureau[\s\S]*créé le .*dernière utilisation : jamais/);
    const me = await meWith(secret);
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { account: { email: string } }).account.email, PLANNER.email);
    await page.screenshotOf('.api-tokens', SCREENSHOT);

    // When they revoke it, the token is refused, and the list says so
    await tokens.revoke('QGIS au bureau');
    assert.equal((await meWith(secret)).status, 401);
    const [revoked] = await tokens.listed();
    assert.match(revoked ?? '', /révoqué le/);
  });
});
