// Accounts and sessions (issue 10, item 1), on both backends: sign-in with a scrypt-hashed
// password into an HttpOnly session cookie stored hashed in the database; one answer whether the
// account exists or not; failed sign-ins limited per account; sign-out and an admin's revocation
// end a session; writes from another site, or not in JSON, are refused.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from './accounts.ts';
import { MAX_FAILURES_PER_ACCOUNT } from './login-limits.ts';

const PASSWORD = 'correct horse battery';
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

for (const backend of testBackends()) {
  describe(`accounts and sessions (${backend})`, () => {
    const api = useApi(backend);
    before(async () => {
      await createAccount(api.db, {
        email: 'admin@opt.nc',
        password: PASSWORD,
        role: 'admin',
        commune: null,
      });
      await createAccount(api.db, {
        email: 'planner@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
    });
    const login = (email: string, password: string, headers?: Record<string, string>) =>
      api.request('/api/auth/login', json({ email, password }, headers));
    const me = async (cookie: string) => {
      const res = await api.request('/api/auth/me', { headers: { cookie } });
      return ((await res.json()) as { account: { email: string; role: string } | null }).account;
    };

    test('a right password opens a session in an HttpOnly, Secure, SameSite=Lax cookie; sign-out ends it', async () => {
      const res = await login('Planner@OPT.nc', PASSWORD);
      assert.equal(res.status, 200);
      const header = res.headers.get('set-cookie') ?? '';
      assert.match(header, /^session=[\w-]{43};/);
      assert.match(header, /HttpOnly/);
      assert.match(header, /Secure/);
      assert.match(header, /SameSite=Lax/);
      const cookie = cookieOf(res);
      assert.deepEqual(await me(cookie), { id: 2, email: 'planner@opt.nc', role: 'planner', commune: null });
      // Only the token's hash is stored, and the password only as a scrypt hash at OWASP's cost.
      const token = cookie.split('=')[1] ?? '';
      const stored = await api.db.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM sessions WHERE token_hash = ${token}`,
      );
      assert.equal(stored[0]?.n, 0);
      const hashes = await api.db.rows<{ h: string }>(sql`SELECT password_hash AS h FROM accounts`);
      for (const { h } of hashes) assert.match(h, /^scrypt\$131072\$8\$1\$/);
      const out = await api.request('/api/auth/logout', { method: 'POST', headers: { cookie } });
      assert.equal(out.status, 200);
      assert.equal(await me(cookie), null);
    });

    test('over HTTPS the cookie is __Host- prefixed', async () => {
      const res = await login('admin@opt.nc', PASSWORD, { 'x-forwarded-proto': 'https' });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('set-cookie') ?? '', /^__Host-session=[\w-]{43};.*Path=\//);
      assert.equal((await me(cookieOf(res)))?.role, 'admin');
    });

    test('a wrong password and an unknown account get the same answer', async () => {
      const wrong = await login('planner@opt.nc', 'not the password');
      const unknown = await login('nobody@opt.nc', 'not the password');
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      const detail = async (res: Response) => ((await res.json()) as { detail: string }).detail;
      assert.equal(await detail(wrong), await detail(unknown));
      assert.equal(wrong.headers.get('set-cookie'), null);
    });

    test('after repeated failures an account is refused for a while, even with the right password', async () => {
      await createAccount(api.db, {
        email: 'target@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        assert.equal((await login('target@opt.nc', `guess ${i}`)).status, 401);
      }
      const refused = await login('target@opt.nc', PASSWORD);
      assert.equal(refused.status, 429);
      assert.match(((await refused.json()) as { detail: string }).detail, /too many failed sign-ins/);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      // An account that does not exist is limited the same way: the answer does not tell.
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await login('ghost@opt.nc', `guess ${i}`);
      assert.equal((await login('ghost@opt.nc', 'again')).status, 429);
    });

    test('an admin lists live sessions and revokes one; others may not', async () => {
      const admin = cookieOf(await login('admin@opt.nc', PASSWORD));
      const planner = cookieOf(await login('planner@opt.nc', PASSWORD));
      assert.equal((await api.request('/api/auth/sessions')).status, 401);
      assert.equal((await api.request('/api/auth/sessions', { headers: { cookie: planner } })).status, 403);
      const list = await api.request('/api/auth/sessions', { headers: { cookie: admin } });
      assert.equal(list.status, 200);
      const { sessions } = (await list.json()) as { sessions: { id: number; email: string }[] };
      const mine = sessions.find((s) => s.email === 'planner@opt.nc');
      assert.ok(mine, 'the planner session is listed');
      const revoke = await api.request(`/api/auth/sessions/${mine.id}`, {
        method: 'DELETE',
        headers: { cookie: admin },
      });
      assert.equal(revoke.status, 200);
      assert.equal(await me(planner), null);
    });

    test('writes from another site, or not in JSON, are refused before any work', async () => {
      const crossSite = await login('planner@opt.nc', PASSWORD, { 'sec-fetch-site': 'cross-site' });
      assert.equal(crossSite.status, 403);
      const otherOrigin = await login('planner@opt.nc', PASSWORD, {
        origin: 'https://evil.example',
        host: 'localhost',
      });
      assert.equal(otherOrigin.status, 403);
      const sameOrigin = await login('planner@opt.nc', PASSWORD, {
        origin: 'http://localhost',
        host: 'localhost',
      });
      assert.equal(sameOrigin.status, 200);
      const form = await api.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ email: 'planner@opt.nc', password: PASSWORD }),
      });
      assert.equal(form.status, 415);
      assert.equal(form.headers.get('set-cookie'), null);
    });

    test('accounts: an admin makes them, with a commune for a commune account; bad input names what is wrong', async () => {
      const admin = cookieOf(await login('admin@opt.nc', PASSWORD));
      const make = (body: unknown, cookie = admin) =>
        api.request('/api/auth/accounts', json(body, { cookie }));
      const made = await make({
        email: 'mairie@kone.nc',
        password: PASSWORD,
        role: 'commune',
        commune: '98811',
      });
      assert.equal(made.status, 201);
      const noCommune = await make({ email: 'x@kone.nc', password: PASSWORD, role: 'commune' });
      assert.equal(noCommune.status, 400);
      assert.equal(((await noCommune.json()) as { parameter: string }).parameter, 'commune');
      const short = await make({ email: 'y@opt.nc', password: 'short', role: 'planner' });
      assert.equal(((await short.json()) as { parameter: string }).parameter, 'password');
      assert.equal(
        (await make({ email: 'mairie@kone.nc', password: PASSWORD, role: 'planner' })).status,
        409,
      );
      const planner = cookieOf(await login('planner@opt.nc', PASSWORD));
      assert.equal(
        (await make({ email: 'z@opt.nc', password: PASSWORD, role: 'admin' }, planner)).status,
        403,
      );
    });
  });
}
