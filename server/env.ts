// Configuration, read once from the environment and validated (create-t3-app's env.js is the model).
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** An online MapLibre style to draw under the layers; the built-in offline basemap when unset. */
  BASEMAP_STYLE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Time budget of one request: past it the answer is 503 timeout with Retry-After. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(12_000),
  /** Server backend: PostgreSQL cancels a statement running longer (57014, answered 503 timeout). */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Server backend: a connection attempt longer than this fails (answered 503 unavailable). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  /** Where the built client is; served at / when present. */
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** On SIGTERM, how long the requests in flight may take before their connections are cut. */
  DRAIN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
