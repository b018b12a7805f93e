// The schemas of the OpenAPI document are the ones the routes enforce: for every operation with an
// example, a request built from the document alone is accepted, and requests breaking what the
// document's schema says (an enum, a pattern, a maximum, a required or unknown member) are refused
// with a 400 naming the parameter (a 404 for a path naming nothing in the catalogue), on both
// backends.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useApi, type ApiUnderTest } from '../../tests/support/api.ts';
import { testBackends } from '../../tests/support/databases.ts';
import { signedIn } from '../../tests/support/sign-in.ts';
import { apiDocument } from './document.ts';

type Schema = Record<string, unknown> & {
  enum?: string[];
  pattern?: string;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
  anyOf?: Schema[];
  title?: string;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
  example?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Example {
  key: string;
  method: string;
  path: string;
  op: Operation;
  public: boolean;
}

const doc = apiDocument();

/** The operations whose every required parameter, and body, has an example in the document. */
const examples: Example[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, Operation>)
    .filter(([, op]) => {
      const params = (op.parameters ?? []).filter((p) => p.in !== 'header');
      const described = params.every((p) => !p.required || p.example !== undefined);
      const withExample = params.some((p) => p.example !== undefined) || op.requestBody !== undefined;
      const body = op.requestBody?.content['application/json'];
      return described && withExample && (!op.requestBody || body?.example !== undefined);
    })
    .map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      op,
      public: !op.security || op.security.some((s) => Object.keys(s).length === 0),
    })),
);

interface Request {
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

function exampleOf({ op }: Example): Request {
  const pick = (place: string) =>
    Object.fromEntries(
      (op.parameters ?? [])
        .filter((p) => p.in === place && p.example !== undefined)
        .map((p) => [p.name, p.example as string]),
    );
  const body = op.requestBody?.content['application/json']?.example;
  return { params: pick('path'), query: pick('query'), ...(body !== undefined ? { body } : {}) };
}

function urlOf(path: string, { params, query }: Request): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(query).toString();
  return search ? `${filled}?${search}` : filled;
}

type Send = (
  method: string,
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Response>;

const publicSend =
  (api: ApiUnderTest): Send =>
  (method, url, body, headers = {}) =>
    api.request(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

/** The JSON body's schema: for a body per layer, the variant of the layer in the path. */
function bodySchema(example: Example, request: Request): Schema | undefined {
  const schema = example.op.requestBody?.content['application/json']?.schema;
  if (!schema?.anyOf) return schema;
  return schema.anyOf.find((variant) => variant.title === request.params.layer);
}

/** Requests breaking what the document says, each with the parameter its 400 must name. */
interface Violation {
  what: string;
  parameter: string;
  request: Request;
  /** 400 unless said otherwise. */
  statuses?: number[];
}

function violations(example: Example, valid: Request): Violation[] {
  const list: Violation[] = [];
  for (const p of example.op.parameters ?? []) {
    if (p.in !== 'query' && p.in !== 'path') continue;
    const place = p.in === 'query' ? 'query' : 'params';
    const { enum: values, pattern, maximum } = p.schema;
    const [bad, broken] = values
      ? ['not-a-listed-value', 'not in its enum']
      : pattern
        ? ['x!', 'not matching its pattern']
        : typeof maximum === 'number'
          ? [String(maximum + 1), 'above its maximum']
          : [];
    if (bad === undefined) continue;
    // A path naming no resource of the catalogue may be a 404 (the handler looks it up) or a 400.
    const statuses = p.in === 'path' && values ? [400, 404] : [400];
    const request = { ...valid, [place]: { ...valid[place], [p.name]: bad } };
    list.push({ what: `${p.name}=${bad} (${broken})`, parameter: p.name, statuses, request });
  }
  // Where a route lists query parameters (and no catch-all), any other is refused.
  const query = (example.op.parameters ?? []).filter((p) => p.in === 'query');
  if (query.length > 0 && !query.some((p) => p.name === 'filters')) {
    const what = 'a query parameter the document does not list';
    list.push({
      what,
      parameter: 'unlisted',
      request: { ...valid, query: { ...valid.query, unlisted: '1' } },
    });
  }
  const schema = bodySchema(example, valid);
  if (schema && valid.body && typeof valid.body === 'object') {
    const body = valid.body as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      const { [name]: _left, ...rest } = body;
      list.push({ what: `no ${name} (required)`, parameter: name, request: { ...valid, body: rest } });
    }
    for (const [name, member] of Object.entries(schema.properties ?? {})) {
      if (typeof member.maximum !== 'number' || !(name in body)) continue;
      const over = { ...body, [name]: member.maximum + 1 };
      list.push({ what: `${name} above its maximum`, parameter: name, request: { ...valid, body: over } });
    }
    if (schema.additionalProperties === false) {
      const what = 'a body member the schema does not list';
      list.push({ what, parameter: 'unlisted', request: { ...valid, body: { ...body, unlisted: 1 } } });
    }
  }
  return list;
}

/** The If-Match a change needs: the ETag GET gives for the same resource. */
async function ifMatchOf(send: Send, example: Example, url: string): Promise<Record<string, string>> {
  if (!(example.op.parameters ?? []).some((p) => p.name === 'If-Match')) return {};
  const res = await send('GET', url.split('?')[0] ?? url);
  assert.equal(res.status, 200, `GET ${url} for its ETag`);
  return { 'if-match': res.headers.get('etag') ?? '' };
}

/** The two tests of each example: for the public's operations, or for a planner's. */
function checks(which: 'public' | 'planner', sendOf: () => Send) {
  for (const example of examples.filter((e) => e.public === (which === 'public'))) {
    test(`${example.key}: the document's example is accepted`, async () => {
      const send = sendOf();
      const valid = exampleOf(example);
      const url = urlOf(example.path, valid);
      const res = await send(example.method, url, valid.body, await ifMatchOf(send, example, url));
      const text = await res.text();
      assert.ok(res.status === 200 || res.status === 201, `${url}: ${res.status} ${text.slice(0, 300)}`);
      const documented = Object.keys(example.op.responses[res.status]?.content ?? {}).map(
        (t) => t.split(';')[0],
      );
      const type = res.headers.get('content-type')?.split(';')[0];
      assert.ok(type && documented.includes(type), `${url}: ${type} is not among ${documented.join(', ')}`);
    });

    test(`${example.key}: requests breaking the document's schema are refused, naming the parameter`, async () => {
      const send = sendOf();
      const valid = exampleOf(example);
      const cases = violations(example, valid);
      assert.ok(cases.length > 0, 'the document gives something to break');
      for (const { what, parameter, request, statuses = [400] } of cases) {
        const url = urlOf(example.path, request);
        const res = await send(
          example.method,
          url,
          request.body,
          await ifMatchOf(send, example, urlOf(example.path, valid)),
        );
        const body = (await res.json()) as { error?: string; parameter?: string };
        assert.ok(statuses.includes(res.status), `${what}: ${res.status} ${JSON.stringify(body)}`);
        assert.equal(body.parameter, parameter, `${what}: names ${body.parameter}`);
      }
    });
  }
}

test('the document has examples of public routes and of changes that need an account', () => {
  assert.ok(examples.filter((e) => e.public).length >= 12, examples.map((e) => e.key).join(', '));
  assert.ok(examples.some((e) => !e.public && e.key === 'PATCH /api/layers/{layer}/features/{id}'));
});

for (const backend of testBackends()) {
  describe(`the document's schemas are the routes' (${backend}, public)`, () => {
    const api = useApi(backend);
    checks('public', () => publicSend(api));
  });

  describe(`the document's schemas are the routes' (${backend}, a planner)`, () => {
    const api = useApi(backend);
    let planner: Send | undefined;
    const send: Send = async (...args) => {
      planner ??= (await signedIn(api, 'planner@example.nc', 'planner')).send;
      return planner(...args);
    };
    checks('planner', () => send);
  });
}
