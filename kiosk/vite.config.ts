// The kiosk's web pages, served by the hub: /kiosk (the lobby touchscreen), /t/:code (one ticket's
// tracker, the URL in the ticket's QR) and /portal (the citizen portal). All load their assets from
// /kiosk/assets.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const HUB = process.env.OSS_HUB_URL ?? 'http://localhost:8080';

// In development, serve the tracker at /t/<code> as the hub does, so the ticket's QR link works.
const trackerRoute: Plugin = {
  name: 'oss-tracker-route',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/t\/[A-Za-z0-9]+\/?(\?.*)?$/.test(req.url)) req.url = '/kiosk/track.html';
      else if (req.url && /^\/portal(\/[^.]*)?(\?.*)?$/.test(req.url)) req.url = '/kiosk/portal.html';
      next();
    });
  },
};

export default defineConfig({
  base: '/kiosk/',
  root: here('./src/renderer'),
  plugins: [react(), trackerRoute],
  resolve: {
    alias: [
      { find: /^@oss\/shared$/, replacement: here('../shared/src/index.ts') },
      { find: /^@oss\/shared\/client$/, replacement: here('../shared/client/index.ts') },
    ],
  },
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: here('./src/renderer/index.html'),
        track: here('./src/renderer/track.html'),
        portal: here('./src/renderer/portal.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': HUB,
      '/socket.io': { target: HUB, ws: true },
    },
  },
});
