// The OpenAPI document of /api: valid for a real validator (@readme/openapi-parser), describing
// exactly the /api routes the app registers (no more, no less), and served at /api/openapi.json.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { createApp } from '../app.ts';
import { openTestDatabase, testBackends, type TestDatabase } from '../../tests/support/databases.ts';
import { apiOperations } from './api-operations.ts';
import { apiDocument, type OpenApiDocument } from './document.ts';
import { operationKey } from './registry.ts';
import { routeDrift, type RegisteredRoute } from './route-drift.ts';

type ValidationResult = Awaited<ReturnType<typeof validate>>;
// The parser dereferences the object it is given: hand it a copy.
const validated = (doc: OpenApiDocument): Promise<ValidationResult> =>
  validate(structuredClone(doc) as Parameters<typeof validate>[0]);

describe('the OpenAPI document of /api', () => {
  test('is a valid OpenAPI 3.0 document, with no warning', async () => {
    const result = await validated(apiDocument());
    assert.deepEqual(result, { valid: true, warnings: [], specification: 'OpenAPI' });
  });

  test('the validator refuses a path parameter the operation does not declare', async () => {
    const doc = apiDocument();
    const layer = doc.paths['/api/layers/{id}']?.get as { parameters: { in: string }[] };
    layer.parameters = layer.parameters.filter((p) => p.in !== 'path');
    const result = await validated(doc);
    assert.equal(result.valid, false);
  });

  test('takes its query parameters and bodies from the routes’ schemas', () => {
    const doc = apiDocument();
    const nearest = doc.paths['/api/wifi/nearest']?.get as { parameters: Record<string, unknown>[] };
    const limit = nearest.parameters.find((p) => p.name === 'limit');
    assert.deepEqual(limit, {
      name: 'limit',
      in: 'query',
      required: false,
      description: 'a whole number from 1 to 20, in plain decimal digits',
      schema: { type: 'string', maxLength: 32, pattern: '^\\d+$', default: '5' },
      example: '3',
    });
    const area = doc.paths['/api/gaps/area']?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    const radius = area.requestBody.content['application/json']?.schema.properties.radiusM;
    assert.deepEqual(radius, { type: 'number', minimum: 1, maximum: 500000 });
  });

  test('marks the writes with the session cookie or a bearer token, and their roles', () => {
    const doc = apiDocument();
    const create = doc.paths['/api/projects']?.post as Record<string, unknown>;
    assert.deepEqual(create.security, [{ sessionCookie: [] }, { bearerAuth: [] }]);
    assert.deepEqual(create['x-roles'], ['planner', 'commune']);
    const read = doc.paths['/api/projects']?.get as Record<string, unknown>;
    assert.equal(read.security, undefined);
  });
});

for (const backend of testBackends()) {
  describe(`the OpenAPI document and the routes of the app (${backend})`, () => {
    let db: TestDatabase;
    let app: ReturnType<typeof createApp>['app'];
    let routes: RegisteredRoute[];
    before(async () => {
      db = await openTestDatabase(backend, 'migrated');
      app = createApp(db).app;
      routes = app.routes.map(({ method, path }) => ({ method, path }));
    });
    after(async () => db?.dispose());

    test('every /api route the app registers is described, and every description is routed', () => {
      assert.deepEqual(routeDrift(routes, apiOperations), { undocumented: [], unrouted: [] });
    });

    test('a route whose description is removed is reported as undocumented', () => {
      const left = apiOperations.filter((op) => operationKey(op.method, op.path) !== 'GET /api/layers/{id}');
      assert.deepEqual(routeDrift(routes, left), { undocumented: ['GET /api/layers/{id}'], unrouted: [] });
    });

    test('a description of a route the app does not have is reported as unrouted', () => {
      const [first] = apiOperations;
      assert.ok(first);
      const extra = [...apiOperations, { ...first, method: 'put' as const }];
      assert.deepEqual(routeDrift(routes, extra), { undocumented: [], unrouted: [`PUT /api/health`] });
    });

    test('GET /api/openapi.json answers the document as OpenAPI JSON', async () => {
      const res = await app.request('/api/openapi.json');
      assert.equal(res.status, 200);
      assert.match(
        res.headers.get('content-type') ?? '',
        /^application\/vnd\.oai\.openapi\+json;version=3\.0/,
      );
      assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(apiDocument())));
    });

    test('GET /api/openapi.json refuses a query parameter, as every route does', async () => {
      const res = await app.request('/api/openapi.json?format=yaml');
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { parameter: string }).parameter, 'format');
    });
  });
}
