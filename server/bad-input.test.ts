// The bad-input corpus (tests/fixtures/bad-input-corpus.ts) on both backends: every hostile input
// gets a 4xx JSON answer that names the parameter and says what was expected; never a 5xx, never
// SQL, a stack trace or the validation library's own wording, and at most a short excerpt back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { badInputCorpus } from '../tests/fixtures/bad-input-corpus.ts';
import { twoCommunes } from '../tests/fixtures/two-communes.ts';
import { useApi } from '../tests/support/api.ts';
import { testBackends } from '../tests/support/databases.ts';

interface ErrorBody {
  error: string;
  detail: string;
  parameter?: string;
}

const corpus = badInputCorpus();
/** The longest answer a refusal may give: a message, a list of allowed values, an excerpt. */
const MAX_BODY = 700;

test('the corpus holds at least 300 cases', () => {
  assert.ok(corpus.length >= 300, `${corpus.length} cases`);
});

for (const backend of testBackends()) {
  describe(`bad input (${backend})`, () => {
    const api = useApi(backend, twoCommunes);

    for (const c of corpus) {
      test(`${c.name} → ${c.status}${c.parameter ? ` naming ${c.parameter}` : ''}`, async () => {
        const res = await api.request(c.path, {
          method: c.method,
          ...(c.headers ? { headers: c.headers } : {}),
          ...(c.body !== undefined ? { body: c.body } : {}),
        });
        const text = await res.text();
        assert.equal(res.status, c.status, text.slice(0, 300));
        assert.match(res.headers.get('content-type') ?? '', /application\/json/);
        const body = JSON.parse(text) as ErrorBody;
        assert.equal(typeof body.error, 'string');
        assert.equal(body.parameter, c.parameter);
        if (res.status === 400) assert.equal(typeof body.parameter, 'string', 'a 400 names its parameter');
        assert.match(body.detail, c.detail);
        if (c.allow) assert.match(res.headers.get('allow') ?? '', c.allow);
        assert.doesNotMatch(text, /SELECT|INSERT|\bFROM\b|\bat .*:\d+:\d+|node_modules|\.ts:\d+/);
        assert.doesNotMatch(
          body.detail,
          /Invalid input|received (string|array|undefined|number|object|null)|Unrecognized key|Too (big|small)|Invalid option|Malformed JSON/,
        );
        assert.ok(text.length <= MAX_BODY, `an answer of ${text.length} characters`);
        if (c.long) assert.ok(!text.includes(c.long.slice(0, 60)), 'the answer echoes the long input');
      });
    }
  });
}
