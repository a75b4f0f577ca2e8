// Who may call a route is decided in Fastify's onRequest stage, before the body is read, parsed or
// validated (docs/security.md): a caller without the right login gets 401/403 and learns nothing of
// what a route wants, and a refused upload costs no parsing. Every guard (staff roles, citizens'
// cookie, device tokens) is made with authGuard(), and the hub refuses to start when a route runs
// one in a later stage, where validation would already have answered.
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

export type AuthGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const guards = new WeakSet<AuthGuard>();

/** Marks a hook as an auth guard; use it as the route's `onRequest`. */
export function authGuard(guard: AuthGuard): AuthGuard {
  guards.add(guard);
  return guard;
}

const LATER_STAGES = ['preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend'] as const;

/** An onRoute hook: a guard anywhere but onRequest is a programming error, found at start-up. */
export function assertGuardsOnRequest(route: RouteOptions): void {
  for (const stage of LATER_STAGES) {
    const hooks: unknown = route[stage];
    const list: unknown[] = hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
    if (list.some((h) => typeof h === 'function' && guards.has(h as AuthGuard))) {
      const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
      throw new Error(`${method} ${route.url}: an auth guard runs in ${stage}; it must be the route's onRequest`);
    }
  }
}
