// A real child process for tests that kill, signal or race processes: its output as it comes,
// waiting for a line, and its end.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout has a line matching `pattern`; rejects if the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  readonly ended: Promise<Ended>;
}

/** Runs a TypeScript entry point of the repository through tsx, from the repository's root. */
export function startScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const check of waiters) check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  let done = false;
  const ended = new Promise<Ended>((resolve) =>
    child.on('close', (code, signal) => {
      done = true;
      resolve({ code, signal, stdout: out, stderr: err });
      for (const check of waiters) check();
    }),
  );
  return {
    process: child,
    pid: child.pid ?? -1,
    stdout: () => out,
    stderr: () => err,
    ended,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`timed out waiting for ${pattern}`)), timeoutMs);
        const finish = (error?: Error) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (out.split('\n').some((line) => pattern.test(line))) finish();
          else if (done) finish(new Error(`process ended before ${pattern}: ${err.slice(-2000)}`));
        };
        waiters.add(check);
        check();
      }),
  };
}
