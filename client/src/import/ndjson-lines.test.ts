// The import stream's lines: whole lines, lines split across chunks, a last line without newline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ndjsonLines } from './ndjson-lines.ts';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

const all = async (body: ReadableStream<Uint8Array>) => {
  const lines: unknown[] = [];
  for await (const line of ndjsonLines(body)) lines.push(line);
  return lines;
};

describe('ndjsonLines', () => {
  it('reads nothing from an empty stream', async () => {
    assert.deepEqual(await all(streamOf()), []);
  });

  it('reads one object per line, blank lines skipped', async () => {
    assert.deepEqual(await all(streamOf('{"a":1}\n\n{"b":2}\n')), [{ a: 1 }, { b: 2 }]);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('{"name":"Wé"}\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 11));
        controller.enqueue(bytes.slice(11));
        controller.close();
      },
    });
    assert.deepEqual(await all(body), [{ name: 'Wé' }]);
  });

  it('reads a last line that has no newline', async () => {
    assert.deepEqual(await all(streamOf('{"a":1}\n{"re', 'port":{}}')), [{ a: 1 }, { report: {} }]);
  });
});
