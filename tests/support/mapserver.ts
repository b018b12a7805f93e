// MapServer 8 as OGC API – Features, deployed the way it is fast: mapserv FastCGI workers started
// by spawn-fcgi on one Unix socket, nginx in front on a free port of 127.0.0.1. The MapServer
// config, the mapfile, nginx's config, the socket, pid files and logs all live in one temp dir,
// removed by stop(). For the benchmark that compares our /ogc with it (tests/bench/ogc-items.ts).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './app-process.ts';

/** The Debian packages the comparison needs. */
export const MAPSERVER_PACKAGES = ['mapserver-bin', 'cgi-mapserver', 'spawn-fcgi', 'nginx-light'];
/** The name of the map in MapServer's config: requests go to /nc/ogcapi/… */
const MAP_NAME = 'nc';

function executable(name: string, fallbacks: string[]): string | undefined {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // not on the PATH
  }
  return fallbacks.find((path) => existsSync(path));
}

const binaries = () => ({
  mapserv: executable('mapserv', ['/usr/bin/mapserv', '/usr/lib/cgi-bin/mapserv']),
  spawnFcgi: executable('spawn-fcgi', ['/usr/bin/spawn-fcgi']),
  nginx: executable('nginx', ['/usr/sbin/nginx']),
});

/** Why MapServer cannot be run here (missing packages, or a build without OGC API), or undefined. */
export function mapserverUnavailable(): string | undefined {
  const { mapserv, spawnFcgi, nginx } = binaries();
  if (!mapserv || !spawnFcgi || !nginx)
    return `needs the Debian packages ${MAPSERVER_PACKAGES.join(', ')} (missing: ${[
      ...(mapserv ? [] : ['mapserv']),
      ...(spawnFcgi ? [] : ['spawn-fcgi']),
      ...(nginx ? [] : ['nginx']),
    ].join(', ')})`;
  const version = execFileSync(mapserv, ['-v'], { encoding: 'utf8' });
  const lacking = ['OGCAPI_SERVER', 'FASTCGI'].filter((s) => !version.includes(`SUPPORTS=${s}`));
  if (lacking.length > 0) return `${mapserv} was built without ${lacking.join(' and ')}`;
  return undefined;
}

export interface MapserverOptions {
  /** The mapfile's text, given the URL the OGC API answers at (its oga_onlineresource). */
  mapfile: (ogcApiUrl: string) => string;
  /** FastCGI worker processes (default 4). */
  workers?: number;
}

export interface RunningMapserver {
  /** Base URL of the OGC API: `${url}/collections/{id}/items`. */
  url: string;
  stop(): Promise<void>;
}

function nginxConfig(dir: string, port: number): string {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/nginx-body;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  proxy_temp_path ${dir}/nginx-proxy;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  server {
    listen 127.0.0.1:${port};
    location / {
      include /etc/nginx/fastcgi_params;
      fastcgi_param PATH_INFO $uri;
      fastcgi_param SCRIPT_NAME "";
      fastcgi_pass unix:${dir}/mapserv.sock;
    }
  }
}
`;
}

const mapserverConfig = (dir: string) => `CONFIG
  ENV
    MS_MAP_PATTERN "^${dir}/"
    MS_ERRORFILE "${dir}/mapserver.log"
  END
  MAPS
    ${MAP_NAME} "${dir}/${MAP_NAME}.map"
  END
END
`;

const tail = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-10).join('\n') : '';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILL: mapserv heeds SIGTERM only after its next request, and holds no state worth saving. */
function killSync(pids: number[]): void {
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

export async function startMapserver(options: MapserverOptions): Promise<RunningMapserver> {
  const unavailable = mapserverUnavailable();
  const { mapserv, spawnFcgi, nginx } = binaries();
  if (unavailable || !mapserv || !spawnFcgi || !nginx) throw new Error(`MapServer: ${unavailable}`);
  const dir = await mkdtemp(join(tmpdir(), 'nc-mapserver-'));
  // nginx's workers run as nobody when we are root: they must reach the socket.
  await chmod(dir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/${MAP_NAME}/ogcapi`;
  await writeFile(join(dir, `${MAP_NAME}.map`), options.mapfile(url));
  await writeFile(join(dir, 'mapserver.conf'), mapserverConfig(dir));
  await writeFile(join(dir, 'nginx.conf'), nginxConfig(dir, port));

  const workerPids = () =>
    existsSync(join(dir, 'mapserv.pid'))
      ? readFileSync(join(dir, 'mapserv.pid'), 'utf8').split('\n').filter(Boolean).map(Number)
      : [];
  // spawn-fcgi forks the workers and exits: they are ours only through the pid file.
  const killWorkers = () => killSync(workerPids());
  process.once('exit', killWorkers);
  let nginxChild: ReturnType<typeof spawn> | undefined;
  const stop = async () => {
    if (nginxChild && nginxChild.exitCode === null && nginxChild.signalCode === null) {
      const exited = new Promise((resolve) => nginxChild?.once('exit', resolve));
      nginxChild.kill('SIGTERM');
      await exited;
    }
    killWorkers();
    process.off('exit', killWorkers);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    execFileSync(
      spawnFcgi,
      [
        '-s',
        join(dir, 'mapserv.sock'),
        '-M',
        '0666',
        '-F',
        String(options.workers ?? 4),
        '-P',
        join(dir, 'mapserv.pid'),
        '--',
        mapserv,
      ],
      { env: { ...process.env, MAPSERVER_CONFIG_FILE: join(dir, 'mapserver.conf') }, stdio: 'pipe' },
    );
    const child = spawn(
      nginx,
      ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'nginx-error.log')],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    nginxChild = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${url}?f=json`).catch(() => undefined);
      if (res?.ok) break;
      if (attempt > 100 || child.exitCode !== null)
        throw new Error(
          `MapServer behind nginx did not answer ${url}: ${res ? `HTTP ${res.status} ${await res.text()}` : 'no answer'}\n` +
            `${stderr}${tail(join(dir, 'nginx-error.log'))}\n${tail(join(dir, 'mapserver.log'))}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
