// Counter work: calling, serving and moving tickets. Every call needs a staff login.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes, TICKET_ACTIONS, ticketActions, toPublicTicket } from '@oss/shared';
import { bearerToken } from '../../auth/sessions.js';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const staffRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queue, sessions, signIns, audit }) => {
  const staff = requireRole(sessions, 'staff');
  const counterView = (id: number) => queue.counterViews().find((c) => c.id === id)!;

  // Public as in the contract, but only staff see who holds each current ticket (tracking code,
  // priority); others get the public fields a TV gets.
  route(app, routes.counters, {}, async (request) => {
    const counters = queue.counterViews();
    if (sessions.authenticate(bearerToken(request.headers.authorization))) return { counters };
    // Who is signed in is for staff eyes only, like the ticket's private fields.
    return { counters: counters.map(({ staff: _staff, ...c }) => ({ ...c, current: c.current && toPublicTicket(c.current) })) };
  });

  route(
    app,
    routes.callNext,
    { onRequest: staff },
    // Who may work at the counter is checked inside the change (a sign-in may land before it commits).
    async (request) => ({
      ticket: await queue.callSoon(request.params.id, request.user!.id, undefined, signIns.guardFor(request.user!)),
    }),
  );

  route(app, routes.callTicket, { onRequest: staff }, async (request) => ({
    ticket: (await queue.callSoon(request.params.id, request.user!.id, request.body.ticketId, signIns.guardFor(request.user!)))!,
  }));

  for (const open of [true, false]) {
    route(app, open ? routes.openCounter : routes.pauseCounter, { onRequest: staff }, async (request) => {
      queue.setCounterOpen(request.params.id, open, request.user!.id, signIns.guardFor(request.user!));
      return { counter: counterView(request.params.id) };
    });
  }

  for (const action of TICKET_ACTIONS) {
    route(app, ticketActions[action], { onRequest: staff }, async (request) => {
      const counterId = action === 'resume' ? (request.body as { counterId?: number } | undefined)?.counterId : undefined;
      const guard = signIns.guardFor(request.user!);
      return {
        ticket: await queue.actSoon(request.params.id, action, request.user!.id, counterId ? { counterId, guard } : { guard }),
      };
    });
  }

  route(app, routes.transferTicket, { onRequest: staff }, async (request) => ({
    ticket: queue.transfer(
      request.params.id,
      request.body.serviceId,
      request.user!.id,
      request.body.note,
      signIns.guardFor(request.user!),
    ),
  }));

  route(app, routes.closeDay, { onRequest: requireRole(sessions, 'supervisor') }, async (request) => {
    const result = queue.closeDay(request.user!.id);
    audit.record({ userId: request.user!.id, entity: 'day', entityId: result.businessDay, action: 'close', after: result });
    return result;
  });
};
