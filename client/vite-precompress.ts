// Build step (issue #9): every text file of the built client, once written, gets its Brotli (.br,
// quality 11) and gzip (.gz, level 9) twins beside it, so the server sends a weak link the smallest
// file without compressing anything at run time (server/http/static-files.ts picks them).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT_FILE = /\.(?:html|m?js|css|json|webmanifest|svg|txt)$/;
/** Below this, compressing saves less than the header costs (the server's own threshold). */
const MIN_SIZE = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export async function precompressDir(dir: string): Promise<number> {
  let written = 0;
  for (const file of await filesUnder(dir)) {
    if (!TEXT_FILE.test(file) || (await stat(file)).size < MIN_SIZE) continue;
    const body = await readFile(file);
    const [br, gz] = await Promise.all([
      promisify(brotliCompress)(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      promisify(gzip)(body, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    written += 2;
  }
  return written;
}

/** Runs last, after the service worker is written, over the whole output directory. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'nc-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressDir(outDir);
      },
    },
  };
}
