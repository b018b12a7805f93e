// The standard's own examples (cql2-examples.ts): each supported one parses from CQL2-Text and
// CQL2-JSON to the same tree; each from an unsupported class is refused, naming its operator.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { supportedExamples, unsupportedExamples } from './cql2-examples.ts';
import { Cql2Error } from './errors.ts';
import { parseCql2Json } from './json-parser.ts';
import { parseCql2Text } from './text-parser.ts';

describe('OGC 21-065 examples in the supported classes: Text and JSON give the same tree', () => {
  for (const example of supportedExamples) {
    test(example.name, () => {
      assert.deepEqual(parseCql2Text(example.text), parseCql2Json(example.json));
    });
  }
});

describe('OGC 21-065 examples outside the supported classes are refused by name', () => {
  for (const example of unsupportedExamples) {
    test(`${example.name}: ${example.operator}`, () => {
      const refusal = (e: unknown) =>
        e instanceof Cql2Error && e.message.includes(example.operator) && e.message.includes('not supported');
      assert.throws(() => parseCql2Text(example.text), refusal, 'CQL2-Text');
      assert.throws(() => parseCql2Json(example.json), refusal, 'CQL2-JSON');
    });
  }
});

test('the trees are the ones the standard describes, not merely equal to each other', () => {
  assert.deepEqual(parseCql2Text("city='Toronto'"), {
    kind: 'comparison',
    op: '=',
    left: { kind: 'property', name: 'city' },
    right: { kind: 'string', value: 'Toronto' },
  });
  assert.deepEqual(parseCql2Text('category NOT IN (1,2)'), {
    kind: 'not',
    arg: {
      kind: 'in',
      value: { kind: 'property', name: 'category' },
      list: [
        { kind: 'number', value: 1 },
        { kind: 'number', value: 2 },
      ],
    },
  });
  assert.deepEqual(parseCql2Text('S_INTERSECTS(geometry,BBOX(-180,-90,180,90))'), {
    kind: 's_intersects',
    args: [
      { kind: 'property', name: 'geometry' },
      { kind: 'bbox', bbox: [-180, -90, 180, 90] },
    ],
  });
});
