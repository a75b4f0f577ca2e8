// Builds the counter renderer for the hub, which serves it at /counter/ (assets under /counter/assets/).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const hub = 'http://localhost:8080';

export default defineConfig({
  base: '/counter/',
  root: 'src/renderer',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@oss\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
      { find: /^@oss\/shared\/client$/, replacement: fileURLToPath(new URL('../shared/client/index.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': hub,
      '/socket.io': { target: hub, ws: true },
    },
  },
});
