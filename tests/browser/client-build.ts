// Builds the client with Vite's JS API when dist/client is missing or older than its sources,
// so the browser tests always run against what client/ says now.
import { stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const clientDir = join(repoRoot, 'client');
const builtIndex = join(repoRoot, 'dist', 'client', 'index.html');

async function newestChange(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? await newestChange(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

async function builtAt(): Promise<number | null> {
  try {
    return (await stat(builtIndex)).mtimeMs;
  } catch {
    return null;
  }
}

export async function ensureClientBuilt(): Promise<void> {
  const built = await builtAt();
  if (built !== null && built >= (await newestChange(clientDir))) return;
  await build({ configFile: join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
}
