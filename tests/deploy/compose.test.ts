// docker-compose.yml and the Dockerfile, checked without a Docker engine: the app waits for a
// healthy PostGIS, reaches it with the credentials it was created with, and serves on the
// published port. Every check also runs on a deliberately broken copy, where it must fail.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url);

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number; published?: number | string })[];
}

interface Deployment {
  services: Record<string, Service | undefined>;
  /** Files replaced (text) or deleted (null) in this copy of the repository. */
  overrides: Record<string, string | null>;
}

function read(d: Deployment, path: string): string | undefined {
  const override = d.overrides[path];
  if (override !== undefined) return override ?? undefined;
  const url = new URL(path, ROOT);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

function service(d: Deployment, name: string): Service {
  const found = d.services[name];
  assert.ok(found, `docker-compose.yml has no service "${name}"`);
  return found;
}

/** `environment:` as a map, whether written as a map or as a list of KEY=VALUE. */
function environment(s: Service): Record<string, string> {
  const entries = Array.isArray(s.environment)
    ? s.environment.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)])
    : Object.entries(s.environment ?? {}).map(([key, value]) => [key, String(value ?? '')]);
  return Object.fromEntries(entries);
}

function dockerfilePath(s: Service): string {
  assert.ok(s.build, 'the app service has no build section');
  const { context = '.', dockerfile = 'Dockerfile' } =
    typeof s.build === 'string' ? { context: s.build } : s.build;
  return posix.normalize(posix.join(context, dockerfile));
}

/** The arguments of the Dockerfile's last CMD (exec form, or shell form split on spaces). */
function dockerCmd(dockerfile: string): string[] {
  const instructions = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const cmd = instructions.filter((line) => /^\s*CMD\s/i.test(line)).at(-1);
  assert.ok(cmd, 'the Dockerfile has no CMD');
  const rest = cmd.trim().slice(3).trim();
  return rest.startsWith('[') ? (JSON.parse(rest) as string[]) : rest.split(/\s+/);
}

/** Container-side ports of `ports:` entries ("3000:3000", "127.0.0.1:80:3000/tcp", or long form). */
function containerPorts(s: Service): number[] {
  return (s.ports ?? []).map((port) =>
    typeof port === 'object' ? Number(port.target) : Number(String(port).split('/')[0]?.split(':').at(-1)),
  );
}

interface Check {
  name: string;
  check(d: Deployment): void;
  /** Ways to break the deployment that this check must catch. */
  breaks: ((d: Deployment) => void)[];
}

const checks: Check[] = [
  {
    name: 'db runs a PostGIS image',
    check: (d) => assert.match(service(d, 'db').image ?? '', /^postgis\/postgis:/),
    breaks: [(d) => (service(d, 'db').image = 'postgres:16'), (d) => delete d.services.db],
  },
  {
    name: 'db has a pg_isready healthcheck',
    check: (d) => {
      const health = service(d, 'db').healthcheck;
      assert.ok(health && !health.disable, 'db has no healthcheck');
      assert.match([health.test ?? ''].flat().join(' '), /pg_isready/);
    },
    breaks: [
      (d) => delete service(d, 'db').healthcheck,
      (d) => (service(d, 'db').healthcheck = { test: ['NONE'] }),
    ],
  },
  {
    name: 'app builds from a Dockerfile that exists',
    check: (d) => {
      const path = dockerfilePath(service(d, 'app'));
      assert.ok(read(d, path) !== undefined, `the app builds from ${path}, which does not exist`);
    },
    breaks: [
      (d) => (service(d, 'app').build = { dockerfile: 'Missing.Dockerfile' }),
      (d) => (d.overrides.Dockerfile = null),
    ],
  },
  {
    name: 'app waits for db to be healthy',
    check: (d) => {
      const dependsOn = service(d, 'app').depends_on;
      assert.ok(
        dependsOn && !Array.isArray(dependsOn),
        'app must use the long depends_on form with a condition',
      );
      assert.equal(dependsOn.db?.condition, 'service_healthy');
    },
    breaks: [
      (d) => (service(d, 'app').depends_on = ['db']),
      (d) => (service(d, 'app').depends_on = { db: { condition: 'service_started' } }),
    ],
  },
  {
    name: "app's DATABASE_URL reaches the db service with db's user, password and database",
    check: (d) => {
      const db = environment(service(d, 'db'));
      const url = new URL(environment(service(d, 'app')).DATABASE_URL ?? '');
      assert.equal(url.hostname, 'db');
      assert.equal(url.port || '5432', '5432');
      assert.equal(decodeURIComponent(url.username), db.POSTGRES_USER);
      assert.equal(decodeURIComponent(url.password), db.POSTGRES_PASSWORD);
      // The image names the database after the user when POSTGRES_DB is unset.
      assert.equal(url.pathname.slice(1), db.POSTGRES_DB ?? db.POSTGRES_USER);
    },
    breaks: [
      (d) => (service(d, 'db').environment = { ...environment(service(d, 'db')), POSTGRES_USER: 'other' }),
      (d) =>
        (service(d, 'db').environment = { ...environment(service(d, 'db')), POSTGRES_PASSWORD: 'changed' }),
      (d) => (service(d, 'db').environment = { ...environment(service(d, 'db')), POSTGRES_DB: 'elsewhere' }),
      (d) =>
        (service(d, 'app').environment = {
          ...environment(service(d, 'app')),
          DATABASE_URL: 'postgres://u:p@localhost:5432/x',
        }),
    ],
  },
  {
    name: 'app listens on the port it publishes',
    check: (d) => {
      const app = service(d, 'app');
      const port = Number(environment(app).PORT);
      assert.ok(Number.isInteger(port), 'app has no numeric PORT');
      assert.ok(
        containerPorts(app).includes(port),
        `PORT ${port} is not among the published ports ${JSON.stringify(app.ports)}`,
      );
    },
    breaks: [
      (d) => (service(d, 'app').ports = ['3000:8080']),
      (d) => (service(d, 'app').environment = { ...environment(service(d, 'app')), PORT: '8080' }),
    ],
  },
  {
    name: "the Dockerfile's CMD starts server/main.ts, which exists",
    check: (d) => {
      const cmd = dockerCmd(read(d, dockerfilePath(service(d, 'app'))) ?? '');
      assert.ok(cmd.includes('server/main.ts'), `CMD is ${JSON.stringify(cmd)}`);
      assert.ok(read(d, 'server/main.ts') !== undefined, 'server/main.ts does not exist');
    },
    breaks: [
      (d) =>
        (d.overrides.Dockerfile = (read(d, 'Dockerfile') ?? '').replace(
          /^CMD .*$/m,
          'CMD ["node", "server/old.js"]',
        )),
      (d) => (d.overrides['server/main.ts'] = null),
    ],
  },
];

function loadDeployment(): Deployment {
  const text = readFileSync(new URL('docker-compose.yml', ROOT), 'utf8');
  const compose = parse(text) as { services?: Record<string, Service> };
  return { services: compose.services ?? {}, overrides: {} };
}

describe('docker-compose.yml and Dockerfile', () => {
  for (const { name, check, breaks } of checks) {
    test(name, () => check(loadDeployment()));
    test(`${name}: fails when broken`, () => {
      for (const [index, breakIt] of breaks.entries()) {
        const broken = loadDeployment();
        breakIt(broken);
        assert.throws(() => check(broken), assert.AssertionError, `break #${index + 1} went unnoticed`);
      }
    });
  }
});
