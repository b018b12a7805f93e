// Builds the map client into dist/client, which the production server serves at `/`.
// In development the API runs separately on port 3000 and Vite proxies `/api` to it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // maplibre-gl alone is close to 1 MB minified; it is one cacheable chunk on purpose.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
