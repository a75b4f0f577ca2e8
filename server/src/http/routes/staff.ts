// Counter work: calling, serving and moving tickets. Every call needs a staff login.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CallTicketBody,
  CounterResponse,
  CountersResponse,
  DayCloseResponse,
  ErrorBody,
  IdParams,
  MaybeTicketResponse,
  PublicCounter,
  ResumeBody,
  TICKET_ACTIONS,
  toPublicTicket,
  TicketResponse,
  TransferBody,
} from '@oss/shared';
import { z } from 'zod';
import { bearerToken } from '../../auth/sessions.js';
import { requireRole, type RouteDeps } from '../context.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const staffRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queue, sessions, signIns, audit }) => {
  const staff = requireRole(sessions, 'staff');
  const counterView = (id: number) => queue.counterViews().find((c) => c.id === id)!;

  // Public as in the contract, but only staff see who holds each current ticket (tracking code,
  // priority); others get the public fields a TV gets.
  app.get(
    '/counters',
    { schema: { tags: ['counters'], response: { 200: CountersResponse.or(z.object({ counters: z.array(PublicCounter) })) } } },
    async (request) => {
      const counters = queue.counterViews();
      if (sessions.authenticate(bearerToken(request.headers.authorization))) return { counters };
      // Who is signed in is for staff eyes only, like the ticket's private fields.
      return { counters: counters.map(({ staff: _staff, ...c }) => ({ ...c, current: c.current && toPublicTicket(c.current) })) };
    },
  );

  app.post(
    '/counters/:id/call-next',
    { schema: { tags: ['counters'], params: IdParams, response: { 200: MaybeTicketResponse, ...errors } }, onRequest: staff },
    // Who may work at the counter is checked inside the change (a sign-in may land before it commits).
    async (request) => ({
      ticket: await queue.callSoon(request.params.id, request.user!.id, undefined, signIns.guardFor(request.user!)),
    }),
  );

  app.post(
    '/counters/:id/call',
    {
      schema: { tags: ['counters'], params: IdParams, body: CallTicketBody, response: { 200: TicketResponse, ...errors } },
      onRequest: staff,
    },
    async (request) => ({
      ticket: (await queue.callSoon(
        request.params.id,
        request.user!.id,
        request.body.ticketId,
        signIns.guardFor(request.user!),
      ))!,
    }),
  );

  for (const open of [true, false]) {
    app.post(
      `/counters/:id/${open ? 'open' : 'pause'}`,
      { schema: { tags: ['counters'], params: IdParams, response: { 200: CounterResponse, ...errors } }, onRequest: staff },
      async (request) => {
        queue.setCounterOpen(request.params.id, open, request.user!.id, signIns.guardFor(request.user!));
        return { counter: counterView(request.params.id) };
      },
    );
  }

  for (const action of TICKET_ACTIONS) {
    app.post(
      `/tickets/:id/${action}`,
      {
        schema: {
          tags: ['tickets'],
          params: IdParams,
          ...(action === 'resume' ? { body: ResumeBody } : {}),
          response: { 200: TicketResponse, ...errors },
        },
        onRequest: staff,
      },
      async (request) => {
        const counterId = action === 'resume' ? (request.body as { counterId?: number } | undefined)?.counterId : undefined;
        const guard = signIns.guardFor(request.user!);
        return {
          ticket: await queue.actSoon(request.params.id, action, request.user!.id, counterId ? { counterId, guard } : { guard }),
        };
      },
    );
  }

  app.post(
    '/tickets/:id/transfer',
    {
      schema: { tags: ['tickets'], params: IdParams, body: TransferBody, response: { 200: TicketResponse, ...errors } },
      onRequest: staff,
    },
    async (request) => ({
      ticket: queue.transfer(
        request.params.id,
        request.body.serviceId,
        request.user!.id,
        request.body.note,
        signIns.guardFor(request.user!),
      ),
    }),
  );

  app.post(
    '/day/close',
    {
      schema: { tags: ['admin'], response: { 200: DayCloseResponse, ...errors } },
      onRequest: requireRole(sessions, 'supervisor'),
    },
    async (request) => {
      const result = queue.closeDay(request.user!.id);
      audit.record({ userId: request.user!.id, entity: 'day', entityId: result.businessDay, action: 'close', after: result });
      return result;
    },
  );
};
