// Counter work (a staff login): calling, serving and moving tickets, signing in at a counter,
// one's own figures, the printer alerts, a ticket's portal request and its documents.
import { z } from 'zod';
import { CounterSignInBody, MeStatsResponse } from '../admin.js';
import { AlertsResponse } from '../events.js';
import {
  CallTicketBody,
  CounterResponse,
  DayCloseResponse,
  IdParams,
  MaybeTicketResponse,
  MeResponse,
  ResumeBody,
  TicketResponse,
  TransferBody,
  type TicketAction,
} from '../http.js';
import { LineStatusResponse } from '../line.js';
import { CitizenIdBody, CitizenIdResponse, StaffRequestResponse } from '../portal.js';
import { PrintResponse } from '../ticket-layout.js';
import { defineRoute, fileAnswer, type RouteSpec } from './spec.js';

const guard = ['unauthorized', 'forbidden'] as const;
/** What counter work can answer: bad input, the login, an unknown id, a refused change. */
const counterWork = [
  'bad-request',
  ...guard,
  'counter-not-found',
  'ticket-not-found',
  'service-not-found',
  'counter-busy',
  'counter-closed',
  'counter-in-use',
  'invalid-transition',
  'not-served-here',
] as const;

const ticketAction = (action: Exclude<TicketAction, 'resume'>) =>
  defineRoute({
    method: 'POST',
    path: `/tickets/:id/${action}`,
    access: 'staff',
    tags: ['tickets'],
    params: IdParams,
    answer: TicketResponse,
    errors: counterWork,
  });

export const ticketActions = {
  recall: ticketAction('recall'),
  start: ticketAction('start'),
  complete: ticketAction('complete'),
  'no-show': ticketAction('no-show'),
  hold: ticketAction('hold'),
  resume: defineRoute({
    method: 'POST',
    path: '/tickets/:id/resume',
    access: 'staff',
    tags: ['tickets'],
    params: IdParams,
    body: ResumeBody,
    answer: TicketResponse,
    errors: counterWork,
  }),
  return: ticketAction('return'),
  cancel: ticketAction('cancel'),
} satisfies Record<TicketAction, RouteSpec>;

export const staffRoutes = {
  me: defineRoute({
    method: 'GET',
    path: '/auth/me',
    access: 'staff',
    tags: ['auth'],
    answer: MeResponse,
    errors: ['unauthorized'],
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    access: 'staff',
    tags: ['auth'],
    answer: z.object({}),
    errors: ['unauthorized'],
  }),
  callNext: defineRoute({
    method: 'POST',
    path: '/counters/:id/call-next',
    access: 'staff',
    tags: ['counters'],
    params: IdParams,
    answer: MaybeTicketResponse,
    errors: counterWork,
  }),
  callTicket: defineRoute({
    method: 'POST',
    path: '/counters/:id/call',
    access: 'staff',
    tags: ['counters'],
    params: IdParams,
    body: CallTicketBody,
    answer: TicketResponse,
    errors: counterWork,
  }),
  openCounter: defineRoute({
    method: 'POST',
    path: '/counters/:id/open',
    access: 'staff',
    tags: ['counters'],
    params: IdParams,
    answer: CounterResponse,
    errors: counterWork,
  }),
  pauseCounter: defineRoute({
    method: 'POST',
    path: '/counters/:id/pause',
    access: 'staff',
    tags: ['counters'],
    params: IdParams,
    answer: CounterResponse,
    errors: counterWork,
  }),
  transferTicket: defineRoute({
    method: 'POST',
    path: '/tickets/:id/transfer',
    access: 'staff',
    tags: ['tickets'],
    params: IdParams,
    body: TransferBody,
    answer: TicketResponse,
    errors: counterWork,
  }),
  closeDay: defineRoute({
    method: 'POST',
    path: '/day/close',
    access: 'supervisor',
    tags: ['admin'],
    answer: DayCloseResponse,
    errors: counterWork,
  }),
  signIn: defineRoute({
    method: 'POST',
    path: '/counters/:id/sign-in',
    access: 'staff',
    tags: ['counters'],
    description:
      'Claims the counter for this login (one counter per login). 409 counter-in-use names who holds it; a supervisor or admin may take over with {"force": true}.',
    params: IdParams,
    body: CounterSignInBody,
    answer: CounterResponse,
    errors: ['bad-request', ...guard, 'counter-not-found', 'counter-in-use'],
  }),
  signOut: defineRoute({
    method: 'POST',
    path: '/counters/:id/sign-out',
    access: 'staff',
    tags: ['counters'],
    description: 'Leaves the counter; only its holder (or a supervisor) may. Logging out also signs out.',
    params: IdParams,
    answer: CounterResponse,
    errors: ['bad-request', ...guard, 'counter-not-found', 'counter-in-use'],
  }),
  meStats: defineRoute({
    method: 'GET',
    path: '/me/stats',
    access: 'staff',
    tags: ['reports'],
    description: 'The logged-in user’s own figures for today.',
    answer: MeStatsResponse,
    errors: guard,
  }),
  alerts: defineRoute({
    method: 'GET',
    path: '/alerts',
    access: 'staff',
    tags: ['printing'],
    answer: AlertsResponse,
    errors: guard,
  }),
  reprint: defineRoute({
    method: 'POST',
    path: '/tickets/:id/print',
    access: 'staff',
    tags: ['printing'],
    description: 'Staff reprint on the hub printer; the paper is marked as a copy.',
    params: IdParams,
    answer: PrintResponse,
    errors: [...guard, 'ticket-not-found', 'printer-not-configured', 'printer-unavailable', 'printer-out-of-paper'],
  }),
  ticketRequest: defineRoute({
    method: 'GET',
    path: '/tickets/:id/request',
    access: 'staff',
    tags: ['staff'],
    description:
      "The citizen's request behind a ticket. Masked if the citizen chose to hide personal data. Staff see it while the " +
      'ticket is at a counter they are signed in at, or that business day after they served it; supervisors and admins ' +
      'any submitted request. 404 request-not-found for walk-ins and for anyone else.',
    params: IdParams,
    answer: StaffRequestResponse,
    errors: ['bad-request', ...guard, 'ticket-not-found', 'request-not-found'],
  }),
  revealTicketRequest: defineRoute({
    method: 'POST',
    path: '/tickets/:id/request/reveal',
    access: 'staff',
    tags: ['staff'],
    description: 'The same, unmasked; written to the audit log (entity citizen, action reveal) when the citizen asked to hide.',
    params: IdParams,
    answer: StaffRequestResponse,
    errors: ['bad-request', ...guard, 'ticket-not-found', 'request-not-found'],
  }),
  setCitizenId: defineRoute({
    method: 'PUT',
    path: '/tickets/:id/request/citizen-id',
    access: 'supervisor',
    tags: ['staff'],
    description:
      "Sets the citizen ID of the request's account from the ID card, verified (supervisor; audited as citizen-id-verify). " +
      '409 citizen-id-taken when another account has this number verified.',
    params: IdParams,
    body: CitizenIdBody,
    answer: CitizenIdResponse,
    errors: ['bad-request', 'citizen-id-invalid', ...guard, 'ticket-not-found', 'request-not-found', 'citizen-id-taken'],
  }),
  document: defineRoute({
    method: 'GET',
    path: '/documents/:id',
    access: 'staff',
    tags: ['staff'],
    description:
      'A request document, for staff who may see its request (as GET /tickets/:id/request; 404 document-not-found for ' +
      'anyone else, and for drafts); each download is audited.',
    params: IdParams,
    answer: fileAnswer('application/octet-stream'),
    errors: [...guard, 'document-not-found'],
  }),
  lineStatus: defineRoute({
    method: 'GET',
    path: '/line/status',
    access: 'supervisor',
    tags: ['line'],
    answer: LineStatusResponse,
    errors: guard,
  }),
};
