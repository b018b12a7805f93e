// Requests and comments (issue 10, item 6), on both backends: the public and communes raise
// requests on a place or a feature, the public a few an hour; planners see the queue of every
// commune and answer; a commune sees its own and their answers, never another's; comments on
// projects by commune and planner accounts, each with its author and date, the text as given.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { useApi } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { createAccount } from '../auth/accounts.ts';
import { PUBLIC_REQUESTS_PER_HOUR } from './routes.ts';

const PASSWORD = 'correct horse battery';
/** Nouméa (98818); Poindimié's town (98822) is read from the communes. */
const NOUMEA = { lon: 166.4405, lat: -22.2775 };
const EAST_COAST = { lon: 0, lat: 0 };

interface Request {
  id: number;
  communeInsee: string;
  text: string;
  status: string;
  answer: string | null;
  author: string | null;
  answeredBy: string | null;
}

for (const backend of testBackends()) {
  describe(`requests and comments (${backend})`, () => {
    const api = useApi(backend);
    const cookie: Record<string, string> = { public: '' };
    before(async () => {
      const [town] = await api.db.rows<{ lon: number; lat: number }>(
        sql`SELECT ST_X(town) AS lon, ST_Y(town) AS lat FROM communes WHERE insee = '98822'`,
      );
      Object.assign(EAST_COAST, town);
      await createAccount(api.db, {
        email: 'planner@opt.nc',
        password: PASSWORD,
        role: 'planner',
        commune: null,
      });
      await createAccount(api.db, {
        email: 'mairie@poindimie.nc',
        password: PASSWORD,
        role: 'commune',
        commune: '98822',
      });
      await createAccount(api.db, {
        email: 'mairie@noumea.nc',
        password: PASSWORD,
        role: 'commune',
        commune: '98818',
      });
      for (const [who, email] of [
        ['planner', 'planner@opt.nc'],
        ['poindimie', 'mairie@poindimie.nc'],
        ['noumea', 'mairie@noumea.nc'],
      ]) {
        const res = await send('POST', '/api/auth/login', 'public', { email, password: PASSWORD });
        cookie[who ?? ''] = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      }
    });
    const send = (method: string, path: string, who: string, body?: unknown) =>
      api.request(path, {
        method,
        headers: { 'content-type': 'application/json', cookie: cookie[who] ?? '' },
        body: body === undefined ? null : JSON.stringify(body),
      });
    const list = async (who: string, query = '') => {
      const res = await send('GET', `/api/requests${query}`, who);
      return {
        status: res.status,
        requests: ((await res.json()) as { requests?: Request[] }).requests ?? [],
      };
    };

    test('the public raises a request on a place, stored as given; planners see it and answer; the commune sees the answer', async () => {
      const text = 'Pas de 4G à la tribu <b>depuis</b> janvier\n— merci';
      const res = await send('POST', '/api/requests', 'public', { ...EAST_COAST, text });
      assert.equal(res.status, 201, await res.clone().text());
      const { request } = (await res.json()) as { request: { id: number; communeInsee: string } };
      assert.equal(request.communeInsee, '98822');
      const queue = await list('planner', '?status=new');
      const mine = queue.requests.find((r) => r.id === request.id);
      assert.equal(mine?.text, text);
      assert.equal(mine?.author, null);
      assert.equal(
        (await send('PATCH', `/api/requests/${request.id}`, 'poindimie', { status: 'done', answer: 'x' }))
          .status,
        403,
      );
      const answer = await send('PATCH', `/api/requests/${request.id}`, 'planner', {
        status: 'planned',
        answer: 'Un pylône est prévu en 2027.',
      });
      assert.equal(answer.status, 200);
      const own = await list('poindimie');
      const answered = own.requests.find((r) => r.id === request.id);
      assert.equal(answered?.status, 'planned');
      assert.equal(answered?.answer, 'Un pylône est prévu en 2027.');
      assert.equal(answered?.answeredBy, 'planner@opt.nc');
    });

    test('a commune sees its own requests only, raises them in its own commune only; the public reads none', async () => {
      await send('POST', '/api/requests', 'noumea', { ...NOUMEA, text: 'Borne de la baie en panne' });
      const theirs = await list('poindimie');
      assert.ok(theirs.requests.length > 0);
      assert.ok(theirs.requests.every((r) => r.communeInsee === '98822'));
      assert.equal((await list('poindimie', '?commune=98818')).status, 403);
      assert.equal((await list('public')).status, 401);
      const elsewhere = await send('POST', '/api/requests', 'poindimie', {
        ...NOUMEA,
        text: 'Chez les voisins',
      });
      assert.equal(elsewhere.status, 403);
      assert.ok(
        (await list('planner', '?commune=98818')).requests.some((r) => r.author === 'mairie@noumea.nc'),
      );
    });

    test('bad requests name what is wrong; the public may send only a few an hour', async () => {
      const atSea = await send('POST', '/api/requests', 'public', { lon: 167.0, lat: -21.3, text: 'En mer' });
      assert.equal(atSea.status, 400);
      const blank = await send('POST', '/api/requests', 'public', { ...EAST_COAST, text: '   ' });
      assert.equal(((await blank.json()) as { parameter: string }).parameter, 'text');
      const nul = await send('POST', '/api/requests', 'public', { ...EAST_COAST, text: 'a\u0000b' });
      assert.equal(nul.status, 400);
      const noFeature = await send('POST', '/api/requests', 'public', {
        ...EAST_COAST,
        text: 'Cette borne est en panne',
        layerId: 'wifi-terminals',
        featureId: 999_999,
      });
      assert.equal(((await noFeature.json()) as { parameter: string }).parameter, 'featureId');
      const statuses: number[] = [];
      for (let i = 0; i < PUBLIC_REQUESTS_PER_HOUR + 1; i++) {
        statuses.push(
          (await send('POST', '/api/requests', 'public', { ...EAST_COAST, text: `Demande ${i}` })).status,
        );
      }
      assert.equal(statuses.at(-1), 429);
      assert.ok(statuses.includes(201) || statuses.every((s) => s === 429));
      // An account is not limited as the public is.
      assert.equal(
        (await send('POST', '/api/requests', 'poindimie', { ...EAST_COAST, text: 'Encore une' })).status,
        201,
      );
    });

    test('comments on a project: by its commune and planners, with author and date; not by another commune or the public', async () => {
      const projects = await api.json<{ features: { id: number }[] }>('/api/projects?commune=98822');
      const project = projects.body.features[0]?.id ?? 0;
      const comment = { layerId: 'projects', featureId: project, text: 'Tranchée commune avec la CDE ?' };
      assert.equal((await send('POST', '/api/comments', 'poindimie', comment)).status, 201);
      assert.equal(
        (await send('POST', '/api/comments', 'planner', { ...comment, text: 'Oui, en mars.' })).status,
        201,
      );
      assert.equal((await send('POST', '/api/comments', 'noumea', comment)).status, 403);
      assert.equal((await send('POST', '/api/comments', 'public', comment)).status, 401);
      const res = await send('GET', `/api/comments?layerId=projects&featureId=${project}`, 'noumea');
      const { comments } = (await res.json()) as {
        comments: { author: string; text: string; createdAt: string }[];
      };
      assert.deepEqual(
        comments.map((k) => [k.author, k.text]),
        [
          ['mairie@poindimie.nc', 'Tranchée commune avec la CDE ?'],
          ['planner@opt.nc', 'Oui, en mars.'],
        ],
      );
      assert.match(comments[0]?.createdAt ?? '', /^\d{4}-\d{2}-\d{2}T/);
      const unknown = await send('POST', '/api/comments', 'planner', { ...comment, layerId: 'communes' });
      assert.equal(((await unknown.json()) as { parameter: string }).parameter, 'layerId');
    });
  });
}
