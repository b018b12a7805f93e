// POST /api/imports (issue 11) from the wizard: the file and the options as multipart form data,
// the answer read as newline-delimited JSON so the progress shows while the server works. Plain
// fetch rather than Hono's typed client: the route takes a form and answers a stream, which the
// typed client does not describe.
import type { ImportOptions, ImportProgress, ImportReport } from '../../../server/imports/import-options.ts';
import { ndjsonLines } from './ndjson-lines.ts';

export type { ImportOptions, ImportProgress, ImportReport };

/** The server's refusal: its status, its words, and the option it names (`crs`, `sourceLayer`…). */
export class ImportFailure extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly parameter: string | null,
  ) {
    super(detail);
    this.name = 'ImportFailure';
  }
}

interface ErrorLine {
  status?: unknown;
  detail?: unknown;
  parameter?: unknown;
}

const failureOf = (status: number, body: ErrorLine, fallback: string) =>
  new ImportFailure(
    typeof body.status === 'number' ? body.status : status,
    typeof body.detail === 'string' ? body.detail : fallback,
    typeof body.parameter === 'string' ? body.parameter : null,
  );

/** Runs an import (a dry run unless `options.dryRun` is false) and resolves with its report. */
export async function postImport(
  file: File,
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('options', JSON.stringify(options));
  const response = await fetch('/api/imports', {
    method: 'POST',
    body: form,
    headers: { accept: 'application/x-ndjson' },
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as ErrorLine;
    throw failureOf(response.status, body, response.statusText);
  }
  for await (const line of ndjsonLines(response.body)) {
    const item = line as { progress?: ImportProgress; report?: ImportReport } & ErrorLine;
    if (item.progress) onProgress(item.progress);
    else if (item.report) return item.report;
    else if (item.status !== undefined) throw failureOf(500, item, 'the import failed');
  }
  throw new ImportFailure(500, 'the answer ended before the report', null);
}
