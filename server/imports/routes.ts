// Imports over HTTP, for planners and admins: POST /api/imports (multipart: the file and the
// options as JSON) answers the report; with Accept: application/x-ndjson it streams the progress
// first, one JSON line per step, then the report (or the error) as the last line. GET /api/imports
// lists the imports made, GET /api/imports/:id one of them with the changes it made, and
// POST /api/imports/:id/undo reverses it (server/imports/undo-import.ts).
import { sql } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import { requireRole, type AuthEnv } from '../auth/current-account.ts';
import { errorBody, httpError } from '../errors.ts';
import { validationError } from '../validation.ts';
import { importOptions, type ImportOptions, type ImportProgress } from './import-options.ts';
import { IMPORT_LIMITS, megabytes } from './limits.ts';
import { runImport, type UploadedFile } from './run-import.ts';
import { undoImport } from './undo-import.ts';

async function uploadOf(c: Context): Promise<{ upload: UploadedFile; options: ImportOptions }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    throw httpError(415, 'send the file as multipart/form-data: a part "file" and a part "options" (JSON)');
  }
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) throw httpError(400, 'file: no file part in the form', 'file');
  let raw: unknown;
  try {
    raw = JSON.parse(typeof form.options === 'string' ? form.options : '{}');
  } catch {
    throw httpError(400, 'options: not JSON', 'options');
  }
  const parsed = importOptions.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, raw, 'options');
  return {
    upload: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    options: parsed.data,
  };
}

export const idParam = z.coerce.number().int().positive().max(2_147_483_647);

/** One import at a time per instance: each holds a transaction and GDAL, which serves one caller. */
let running = false;

export function importRoutes(db: Database) {
  return new Hono<AuthEnv>()
    .post('/', async (c) => {
      const account = requireRole(c, 'planner', 'admin');
      const { upload, options } = await uploadOf(c);
      if (running)
        throw httpError(429, 'another import is running on this server; try again when it is done');
      running = true;
      const release = () => {
        running = false;
      };
      if (!(c.req.header('accept') ?? '').includes('application/x-ndjson')) {
        try {
          return c.json(await runImport(db, account, upload, options));
        } finally {
          release();
        }
      }
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      c.header('Cache-Control', 'no-store');
      return stream(c, async (out) => {
        const send = (line: object) => out.write(`${JSON.stringify(line)}\n`);
        let last = 0;
        const progress = (p: ImportProgress) => {
          const now = Date.now();
          if (now - last < 200 && p.done !== p.total) return;
          last = now;
          void send({ progress: p });
        };
        try {
          await send({ progress: { stage: 'reading', done: 0, total: 0 } });
          await send({ report: await runImport(db, account, upload, options, progress) });
        } catch (err) {
          if (err instanceof HTTPException) {
            const body = (await err.getResponse().json()) as object;
            await send({ status: err.status, ...body });
          } else {
            await send({ status: 500, ...errorBody(500, 'the import failed; nothing was written') });
            console.error('import failed', (err as Error).message.slice(0, 300));
          }
        } finally {
          release();
        }
      });
    })
    .get('/', async (c) => {
      requireRole(c, 'planner', 'admin');
      const rows = await db.rows(
        sql`SELECT i.id, to_char(i.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, a.email AS author,
                   i.target, i.file_name AS "fileName", i.sha256, i.format, i.crs, i.read, i.added, i.updated,
                   i.unchanged, i.rejected, i.repaired,
                   to_char(i.undone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "undoneAt"
            FROM imports i LEFT JOIN accounts a ON a.id = i.account_id ORDER BY i.id DESC LIMIT 100`,
      );
      return c.json({
        imports: rows,
        limits: { ...IMPORT_LIMITS, fileSize: megabytes(IMPORT_LIMITS.fileBytes) },
      });
    })
    .post('/:id/undo', async (c) => {
      const account = requireRole(c, 'planner', 'admin');
      const id = idParam.safeParse(c.req.param('id'));
      if (!id.success) throw httpError(400, 'id: expected a positive whole number', 'id');
      return c.json(await undoImport(db, account, id.data));
    })
    .get('/:id', async (c) => {
      requireRole(c, 'planner', 'admin');
      const id = idParam.safeParse(c.req.param('id'));
      if (!id.success) throw httpError(400, 'id: expected a positive whole number', 'id');
      const rows = await db.rows(
        sql`SELECT i.id, to_char(i.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, a.email AS author,
                   i.target, i.file_name AS "fileName", i.sha256, i.format, i.crs, i.read, i.added, i.updated,
                   i.unchanged, i.rejected, i.repaired,
                   to_char(i.undone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "undoneAt",
                   (SELECT coalesce(json_agg(json_build_object('table', h.table_name, 'featureId', h.feature_id,
                              'operation', h.operation, 'version', h.version) ORDER BY h.id), '[]'::json)
                    FROM (SELECT * FROM feature_history WHERE import_id = i.id ORDER BY id LIMIT 1000) h) AS changes
            FROM imports i LEFT JOIN accounts a ON a.id = i.account_id WHERE i.id = ${id.data}`,
      );
      if (!rows[0]) throw httpError(404, `no import ${id.data}`);
      return c.json(rows[0]);
    });
}
