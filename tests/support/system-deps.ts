// The Debian packages the tests need beyond npm: Chromium for the browser tests, PostGIS for
// the server database tests, HAProxy for the several-instances test, GDAL and QGIS (python3-qgis)
// for the OGC API's clients. Root installs what is missing; anyone else is told what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { haproxyPath } from './haproxy.ts';
import { findPostgresInstall } from './postgis-cluster.ts';

export interface SystemDeps {
  /** Absolute path of the Chromium executable. */
  chromium: string;
  /** PostgreSQL major version whose PostGIS extension is installed. */
  postgresMajor: number;
}

function chromiumPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** GDAL's ogrinfo and ogr2ogr: the GIS world's reader, which the exports are checked with. */
export function ogrinfoPath(): string | undefined {
  return ['/usr/bin/ogrinfo', '/usr/local/bin/ogrinfo'].find((path) => existsSync(path));
}

/**
 * The Python that imports QGIS's bindings (python3-qgis, for the OAPIF client test): Debian's own
 * /usr/bin/python3, not whichever python3 comes first in PATH (a pyenv one lacks the bindings).
 */
export function qgisPython(): string | undefined {
  const python = '/usr/bin/python3';
  if (!existsSync(python)) return undefined;
  const result = spawnSync(python, ['-c', 'import qgis.core'], {
    stdio: 'ignore',
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    timeout: 60_000,
  });
  return result.status === 0 ? python : undefined;
}

function hasPostgis(): boolean {
  const install = findPostgresInstall();
  return install !== undefined && existsSync(join(install.sharedir, 'extension', 'postgis.control'));
}

/** Debian packages still missing, named for the installed PostgreSQL major when there is one. */
export function missingPackages(): string[] {
  const missing: string[] = [];
  if (!chromiumPath()) missing.push('chromium');
  if (!haproxyPath()) missing.push('haproxy');
  if (!ogrinfoPath()) missing.push('gdal-bin');
  if (!qgisPython()) missing.push('python3-qgis');
  if (!hasPostgis()) {
    const install = findPostgresInstall();
    // Without any server, the metapackage brings the distribution's default PostgreSQL with PostGIS.
    missing.push(install ? `postgresql-${install.major}-postgis-3` : 'postgresql-postgis');
  }
  return missing;
}

function aptGet(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * Makes sure Chromium, PostGIS, HAProxy, GDAL and QGIS's Python bindings are installed, installing them with apt-get when running as root.
 * Not root and something missing: prints the exact command to run and exits with status 1.
 */
export function ensureSystemDeps(): SystemDeps {
  let missing = missingPackages();
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      console.error(
        `Missing system packages. Install them with:\n  sudo apt-get install ${missing.join(' ')}`,
      );
      process.exit(1);
    }
    console.log(`Installing missing system packages: ${missing.join(' ')}`);
    aptGet(['update']);
    aptGet(['install', '-y', ...missing]);
    missing = missingPackages();
    if (missing.length > 0) throw new Error(`still missing after apt-get install: ${missing.join(' ')}`);
  }
  const chromium = chromiumPath();
  const install = findPostgresInstall();
  if (!chromium || !install)
    throw new Error('Chromium or PostgreSQL not found although their packages are installed');
  return { chromium, postgresMajor: install.major };
}
