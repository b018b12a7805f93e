// Builds the map client into dist/client, which the production server serves at `/`.
// In development the API runs separately on port 3000 and Vite proxies `/api` to it.
// The production build also emits the service worker (issue #5: the app opens offline after a
// first visit); src/service-worker-registration.ts registers it, except in the embed.
// Last, every text file gets .br and .gz twins (issue #9: a weak link gets the smallest file).
// The web app manifest and its icons (client/icons/make-icons.ts) are in client/public.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './vite-precompress.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    VitePWA({
      // Our own worker (src/public/service-worker.ts) with Workbox's modules, so it can warm the
      // app's data on install; the plugin bundles it and injects the list of files to precache.
      strategies: 'injectManifest',
      srcDir: 'src/public',
      filename: 'service-worker.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // A classic script: every browser with service workers runs it.
        rollupFormat: 'iife',
        // The map's worker is an .mjs file.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webmanifest}'],
        // maplibre-gl alone is over 1 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // No source maps in the production build: the server would publish the sources (issue #8).
    sourcemap: false,
    // maplibre-gl alone is close to 1 MB minified; it is one cacheable chunk on purpose.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
