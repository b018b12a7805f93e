// The real server (`node --import tsx server/main.ts`) as a child process on a free port, for the
// tests and benchmarks that need what only a process has: signals, exit codes, its own event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface AppProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Waits until the output has a line matching the pattern. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGKILL if still running, then waits for the exit. */
  stop(): Promise<void>;
}

/** A TCP port nobody listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server with the given environment (DATABASE_URL or DATA_DIR) and waits for it to listen;
 * `cwd` runs another checkout's server (the slow-link bench's baseline).
 */
export async function startAppProcess(
  env: Record<string, string>,
  options: { port?: number; startTimeoutMs?: number; cwd?: string } = {},
): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: String(port), ...env },
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      listeners.forEach((listener) => listener());
      resolve({ code, signal });
    });
  });

  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(text);
        if (match) return done(() => resolve(match[0]));
        if (!running) done(() => reject(new Error(`the server exited before printing ${pattern}:\n${text}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${text}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      check();
    });

  const app: AppProcess = {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => text,
    exited,
    waitForOutput,
    stop: async () => {
      if (running) child.kill('SIGKILL');
      await exited;
    },
  };
  try {
    await waitForOutput(/^map on http:\/\/localhost:\d+/m, options.startTimeoutMs ?? 60_000);
  } catch (err) {
    await app.stop();
    throw err;
  }
  return app;
}
