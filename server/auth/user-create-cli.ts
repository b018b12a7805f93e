// `npm run user:create -- --role admin --email name@example.nc [--commune 98818]`: makes an account.
// The password comes from a prompt (hidden) or from standard input, never from an argument. With
// the embedded backend and the app running, the running app makes it (server/auth/local-admin.ts).
import { HTTPException } from 'hono/http-exception';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/connection.ts';
import { DataDirLockedError, dataDirPath } from '../../db/data-dir-lock.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { readEnv } from '../env.ts';
import { createAccount } from './accounts.ts';
import { localAdminSocket } from './local-admin.ts';
import { newAccount, type NewAccount } from './payloads.ts';

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stdout.write('Password (not shown): ');
  const rl = createInterface({ input: process.stdin, terminal: true });
  // Nothing typed is echoed: readline writes through this, and it drops what it is given.
  (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return password;
}

function throughRunningApp(
  socketPath: string,
  account: NewAccount,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath, path: '/accounts', method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(account));
  });
}

const { values } = parseArgs({
  options: { role: { type: 'string' }, email: { type: 'string' }, commune: { type: 'string' } },
  strict: true,
});
if (!values.role || !values.email) fail('give --role (admin, planner or commune) and --email');
const parsed = newAccount.safeParse({
  email: values.email,
  role: values.role,
  commune: values.commune ?? null,
  password: await readPassword(),
});
if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join('; '));
const account = parsed.data;

const env = readEnv();
try {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await prepareDatabase(db);
    const made = await createAccount(db, account);
    console.log(`made the ${made.role} account ${made.email} (number ${made.id})`);
  } finally {
    await db.close();
  }
} catch (error) {
  const dir = dataDirPath(env.DATA_DIR);
  if (!(error instanceof DataDirLockedError) || !dir) {
    if (error instanceof HTTPException) fail(error.message);
    fail(`could not make the account: ${(error as { message?: string }).message ?? String(error)}`);
  }
  const answer = await throughRunningApp(localAdminSocket(dir), account).catch((reason: Error) =>
    fail(`the app holds ${dir} but does not answer on its local channel (${reason.message})`),
  );
  const body = JSON.parse(answer.body) as {
    account?: { id: number; role: string; email: string };
    detail?: string;
  };
  if (answer.status !== 201 || !body.account) fail(body.detail ?? `the app answered ${answer.status}`);
  console.log(
    `made the ${body.account.role} account ${body.account.email} (number ${body.account.id}), through the running app`,
  );
}
