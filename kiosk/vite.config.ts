// The kiosk's web pages, served by the hub: /kiosk (the lobby touchscreen), /t/:code (one ticket's
// tracker, the URL in the ticket's QR) and /portal (the citizen portal). All load their assets from
// /kiosk/assets.
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { rendererConfig } from '../build/vite-renderer';

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

export default rendererConfig({
  app: 'kiosk',
  plugins: [react(), trackerRoute],
  pages: { track: 'track.html', portal: 'portal.html' },
});
