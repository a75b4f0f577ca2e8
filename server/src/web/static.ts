// Serves the built web apps: /kiosk, /counter, /display, the ticket tracker at /t/:code, the citizen
// portal at /portal, and a small landing page at / for the person installing the office.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { contentSecurityPolicy } from '../http/security-headers.js';

const WEB_APPS = ['kiosk', 'counter', 'display'] as const;

const LANDING_STYLE = `body{font-family:Sarabun,'Noto Sans Thai',Tahoma,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
a{display:block;padding:1rem;margin:.5rem 0;border:2px solid #0b5;border-radius:.5rem;color:#063;text-decoration:none;font-size:1.2rem}
a:focus,a:hover{background:#e9fbef}`;
/** The CSP lets this page's one inline <style> in by its hash (no 'unsafe-inline'). */
const LANDING_STYLE_HASH = `sha256-${createHash('sha256').update(LANDING_STYLE, 'utf8').digest('base64')}`;

const LANDING = `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>ระบบคิว One Stop Service</title>
<style>${LANDING_STYLE}</style></head>
<body><h1>ระบบคิว One Stop Service <small>Queue system</small></h1>
<a href="/kiosk/">ตู้รับบัตรคิว <small>Kiosk</small></a>
<a href="/counter/">ช่องบริการ (เจ้าหน้าที่) <small>Counter console</small></a>
<a href="/display/">จอแสดงคิว <small>TV display</small></a>
<a href="/portal/">บริการประชาชนออนไลน์ <small>Citizen portal</small></a>
<a href="/api/v1/openapi.json">API (OpenAPI)</a>
</body></html>`;

const notBuilt = (name: string) =>
  `<!doctype html><meta charset="utf-8"><title>${name}</title><p>The ${name} app is not built yet: run <code>npm run build</code>.</p>`;

export async function registerWebApps(app: FastifyInstance, webRoot: string): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', contentSecurityPolicy(request.host, { styleHashes: [LANDING_STYLE_HASH] }))
      .send(LANDING),
  );

  let decorated = false;
  for (const name of WEB_APPS) {
    const root = join(webRoot, name, 'dist', 'renderer');
    // Keeps the query (e.g. /kiosk?idle=30) across the redirect.
    app.get(`/${name}`, { schema: { hide: true } }, async (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`/${name}/${query >= 0 ? request.url.slice(query) : ''}`);
    });
    if (!existsSync(join(root, 'index.html'))) {
      app.get(`/${name}/*`, { schema: { hide: true } }, async (_request, reply) =>
        reply.status(404).type('text/html; charset=utf-8').send(notBuilt(name)),
      );
      continue;
    }
    await app.register(fastifyStatic, {
      root,
      prefix: `/${name}/`,
      decorateReply: !decorated,
      schemaHide: true,
      setHeaders: (res, path) => {
        // Hashed assets never change; pages must be re-read so a new build shows at once.
        res.header(
          'cache-control',
          path.includes(`${join('renderer', 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    decorated = true;
  }

  const kioskRoot = join(webRoot, 'kiosk', 'dist', 'renderer');
  app.get('/t/:trackingCode', { schema: { hide: true } }, async (_request, reply) => {
    if (!existsSync(join(kioskRoot, 'track.html')))
      return reply.status(404).type('text/html; charset=utf-8').send(notBuilt('tracker'));
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('track.html', kioskRoot);
  });
  // The citizen portal: one page for every path under /portal (it routes on the phone).
  const portalPage = async (_request: unknown, reply: FastifyReply) => {
    if (!existsSync(join(kioskRoot, 'portal.html')))
      return reply.status(404).type('text/html; charset=utf-8').send(notBuilt('portal'));
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('portal.html', kioskRoot);
  };
  app.get('/portal', { schema: { hide: true } }, portalPage);
  app.get('/portal/*', { schema: { hide: true } }, portalPage);
}
