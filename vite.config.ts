import { defineConfig } from 'vite';

// The explorer is a static app under web/, built into dist/web and served by `papergraph serve`.
export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  // `npx vite` (dev) sends API calls to a running `papergraph serve`, whose default port is 8484.
  server: { proxy: { '/api': 'http://127.0.0.1:8484' } },
});
