// `npm run import -- --layer wifi-terminals --as planner@example.nc [--crs 3163] [--key siteName]
// [--source-layer name] [--map "Nom du site=siteName"]… [--value "status:Hors ligne=maintenance"]…
// [--dry-run] file.gpkg`: the same import as the browser's, printing the same report. It opens the
// database itself, or, when the app holds the embedded data directory, asks the running app over
// its local channel (server/auth/local-admin.ts). The account named by --as is the import's author.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { HTTPException } from 'hono/http-exception';
import { openDatabase } from '../../db/connection.ts';
import { DataDirLockedError, dataDirPath } from '../../db/data-dir-lock.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { localAdminSocket } from '../auth/local-admin.ts';
import { readEnv } from '../env.ts';
import {
  importOptions,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
} from './import-options.ts';
import { importAs } from './import-as.ts';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  options: {
    layer: { type: 'string' },
    as: { type: 'string' },
    crs: { type: 'string' },
    key: { type: 'string' },
    'source-layer': { type: 'string' },
    map: { type: 'string', multiple: true },
    value: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
  },
  allowPositionals: true,
  strict: true,
});
const path = positionals[0];
if (!path || positionals.length > 1) fail('give one file to import');
if (!values.layer) fail('give --layer (a layer id, or communes)');
if (!values.as) fail('give --as, the email of the planner or admin account the import is made by');

const mapping: Record<string, string | null> = {};
for (const pair of values.map ?? []) {
  const at = pair.lastIndexOf('=');
  if (at < 1) fail(`--map ${pair}: expected "field=property" (or "field=" to leave the field out)`);
  mapping[pair.slice(0, at)] = pair.slice(at + 1) || null;
}
const valueMaps: Record<string, Record<string, string>> = {};
for (const spec of values.value ?? []) {
  const match = /^([^:]+):(.*)=([^=]+)$/.exec(spec);
  if (!match) fail(`--value ${spec}: expected "property:file value=value"`);
  const [, property, raw, value] = match as unknown as [string, string, string, string];
  (valueMaps[property] ??= {})[raw] = value;
}
const parsed = importOptions.safeParse({
  target: values.layer,
  crs: values.crs,
  key: values.key,
  sourceLayer: values['source-layer'],
  mapping: Object.keys(mapping).length ? mapping : undefined,
  values: Object.keys(valueMaps).length ? valueMaps : undefined,
  dryRun: values['dry-run'],
});
if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
const options: ImportOptions = parsed.data;
let bytes: Uint8Array;
try {
  bytes = readFileSync(path);
} catch (err) {
  fail(`cannot read ${path} (${(err as Error).message})`);
}
const upload = { name: basename(path), bytes };

function progress(p: ImportProgress) {
  if (process.stderr.isTTY) process.stderr.write(`\r${p.stage}: ${p.done}/${p.total}    `);
  else process.stderr.write(`${p.stage}: ${p.done}/${p.total}\n`);
}

function printReport(report: ImportReport) {
  if (process.stderr.isTTY) process.stderr.write('\n');
  const { counts, file } = report;
  console.log(
    `${report.dryRun ? 'Dry run (nothing written)' : `Import ${report.importId}`}: ${file.name} (${file.format}, layer ${file.layer}) into ${report.target}`,
  );
  console.log(`  sha256 ${file.sha256}`);
  console.log(
    `  coordinate system: ${file.crs.name}${file.crs.epsg ? ` (EPSG:${file.crs.epsg})` : ''}, from the ${file.crs.from}`,
  );
  for (const note of report.notes) console.log(`  note: ${note}`);
  console.log('  mapping:');
  for (const [field, property] of Object.entries(report.mapping))
    console.log(`    ${field} → ${property ?? '(not imported)'}`);
  if (report.key) console.log(`  key: ${report.key}`);
  for (const u of report.unmappedValues) {
    console.log(
      `  unmapped values of ${u.property} (field ${u.field}): ${u.values.map((v) => `${v.value} ×${v.count}`).join(', ')}`,
    );
  }
  console.log(
    `  read ${counts.read}, added ${counts.added}, updated ${counts.updated}, unchanged ${counts.unchanged}, rejected ${counts.rejected}, repaired ${counts.repaired}`,
  );
  for (const r of report.rejected) {
    console.log(
      `  rejected: feature ${r.feature}${r.row ? ` (row ${r.row})` : ''}${r.field ? `, ${r.field}` : ''}: ${r.reason}`,
    );
  }
  for (const r of report.repaired) console.log(`  repaired: feature ${r.feature}: ${r.reason}`);
}

function throughRunningApp(socketPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({
      email: values.as,
      options,
      name: upload.name,
      file: Buffer.from(bytes).toString('base64'),
    });
    const req = request(
      { socketPath, path: '/imports', method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const env = readEnv();
try {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await prepareDatabase(db);
    printReport(await importAs(db, values.as, upload, options, progress));
  } finally {
    await db.close();
  }
} catch (error) {
  const dir = dataDirPath(env.DATA_DIR);
  if (error instanceof HTTPException) fail(error.message);
  if (!(error instanceof DataDirLockedError) || !dir) {
    fail(
      `the import failed, nothing was written (${(error as { message?: string }).message ?? String(error)})`,
    );
  }
  const answer = await throughRunningApp(localAdminSocket(dir)).catch((reason: Error) =>
    fail(`the app holds ${dir} but does not answer on its local channel (${reason.message})`),
  );
  const body = JSON.parse(answer.body) as { report?: ImportReport; detail?: string };
  if (answer.status !== 200 || !body.report) fail(body.detail ?? `the app answered ${answer.status}`);
  console.log('(through the running app)');
  printReport(body.report);
}
