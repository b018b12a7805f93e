// Newline-delimited JSON read as it arrives: the import streams one object per line (progress,
// then the report or the error), and a line may come split over several chunks.

/** Each complete line of `body` parsed as JSON, in order; blank lines are skipped. */
export async function* ndjsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let partial = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // `stream: true` keeps a character split between chunks for the next one.
      const lines = (partial + decoder.decode(value, { stream: true })).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as unknown;
    }
    partial += decoder.decode();
    if (partial.trim() !== '') yield JSON.parse(partial) as unknown;
  } finally {
    reader.releaseLock();
  }
}
