// A real HAProxy (Debian's package) in front of app instances, for the several-instances test
// and benchmark. The configuration is the one the README's deployment section shows, plus an
// X-Served-By header so that a test can tell which instance answered.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './app-process.ts';

/** haproxy on the PATH, else where Debian's package puts it (often outside a user's PATH). */
export function haproxyPath(): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // not on the PATH
  }
  return existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : undefined;
}

export interface Backend {
  name: string;
  port: number;
}

export function haproxyConfig(port: number, backends: Backend[]): string {
  return `global
    maxconn 4096

defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout check 2s
    # A request that fails to connect or gets no answer goes to another instance (GET and HEAD only, below).
    retries 3
    option redispatch 1
    retry-on all-retryable-errors
    # No instance up: an answer in the API's error shape instead of HAProxy's HTML page.
    http-error status 503 content-type application/json hdr Retry-After 2 string '{"error":"unavailable","detail":"no app instance is available"}'

frontend map
    bind 127.0.0.1:${port}
    default_backend app

backend app
    balance roundrobin
    option httpchk GET /api/health
    http-check expect status 200
    # Only safe requests: a POST that met a dying instance may have run there already.
    http-request disable-l7-retry if !METH_GET
    default-server check inter 500 fall 1 rise 1
    http-response set-header X-Served-By %[srv_name]
${backends.map((b) => `    server ${b.name} 127.0.0.1:${b.port}`).join('\n')}
`;
}

export interface Balancer {
  url: string;
  config: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startHaproxy(backends: Backend[]): Promise<Balancer> {
  const binary = haproxyPath();
  if (!binary) throw new Error('haproxy is not installed (Debian package haproxy)');
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'nc-haproxy-'));
  const config = haproxyConfig(port, backends);
  const file = join(dir, 'haproxy.cfg');
  await writeFile(file, config);
  execFileSync(binary, ['-c', '-q', '-f', file]);
  // -db: in the foreground, stopped by a signal like any child process.
  const child = spawn(binary, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100 || child.exitCode !== null) {
      await stop();
      throw new Error(`haproxy did not start:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, config, output: () => text, stop };
}
