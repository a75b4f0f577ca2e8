// LINE Login: the button's target (redirects to LINE with a fresh state, pinned in a short cookie)
// and the callback LINE redirects back to. The callback always answers with a redirect to the
// portal, carrying an error code when the login did not work, never a JSON page. The redirect_uri
// is built from OSS_PUBLIC_URL only; without it LINE Login is refused (409 public-url-not-set).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, routes } from '@oss/shared';
import { route } from '../route.js';
import { publicBase } from '../../portal/context.js';
import type { RouteDeps } from '../context.js';
import { citizenCookie, citizenToken } from '../../citizens/citizen-sessions.js';
import { STATE_VALID_MS } from '../../citizens/line-login-states.js';

const STATE_COOKIE = 'oss_line_state';
const CALLBACK = routes.lineLoginCallback.path;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export const lineLoginRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { portal: deps }) => {
  const { lineLogin, sessions } = deps;
  const base = publicBase(deps);
  const redirectUri = base === null ? null : `${base}${API_PREFIX}${CALLBACK}`;
  const stateCookie = (value: string, maxAge: number) =>
    `${STATE_COOKIE}=${value}; Path=${API_PREFIX}/citizens/line-login; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;

  route(app, routes.lineLogin, {}, async (request, reply) => {
    const current = sessions.authenticate(citizenToken(request));
    const { url, state } = lineLogin.start(redirectUri, current?.id ?? null);
    reply.header('set-cookie', stateCookie(state, Math.round(STATE_VALID_MS / 1000)));
    return reply.redirect(url, 302);
  });

  route(app, routes.lineLoginCallback, {}, async (request, reply) => {
    // No start can have sent anyone here without OSS_PUBLIC_URL: refused like a state it never made.
    const outcome =
      redirectUri === null
        ? ({ ok: false, error: 'line-login-state' } as const)
        : await lineLogin.finish(request.query, readCookie(request.headers.cookie, STATE_COOKIE), redirectUri);
    const cookies = [stateCookie('', 0)];
    let target = '/portal/';
    if (outcome.ok) {
      if (!outcome.linked) {
        const { token, maxAgeSeconds } = sessions.create(outcome.citizenId);
        cookies.push(citizenCookie(token, maxAgeSeconds));
      } else target = '/portal/?linked=line';
    } else target = `/portal/login?error=${encodeURIComponent(outcome.error)}`;
    reply.header('set-cookie', cookies);
    return reply.redirect(target, 302);
  });
};
