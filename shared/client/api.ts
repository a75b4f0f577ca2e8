// The screens' named calls to the hub, each one entry of the route table called through the one
// client (call.ts). Errors come back as ApiError carrying the docs/design.md §4.1 error code, so
// screens can show a message per code.
import { CountersResponse, routes, ticketActions, type IssueTicketBody, type TicketAction } from '@oss/shared';
import { z } from 'zod';
import { createClient, type ClientOptions } from './call.js';

export { ApiError, createClient, type AnswerOf, type ApiErrorCode, type CallInput, type Client } from './call.js';

/** For answers with nothing the caller needs. */
export const Empty = z.object({});

export type ApiOptions = ClientOptions;

export function createApi(options: ApiOptions = {}) {
  const client = createClient(options);
  const { call } = client;
  return {
    /** Any route of the table: the admin and report pages call theirs with it. */
    call,
    exchange: client.exchange,
    services: () => call(routes.services),
    issueTicket: (body: IssueTicketBody, idempotencyKey?: string) =>
      call(routes.issueTicket, { body, headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {} }),
    track: (code: string) => call(routes.track, { params: { trackingCode: code } }),
    cancelByCitizen: (code: string) => call(routes.cancelTracked, { params: { trackingCode: code } }),
    rate: (code: string, score: number, comment?: string) =>
      call(routes.rateTracked, { params: { trackingCode: code }, body: comment ? { score, comment } : { score } }),
    login: (username: string, password: string) => call(routes.login, { body: { username, password } }),
    logout: () => call(routes.logout),
    /** The staff view of the counters (with a staff token; the public view does not parse). */
    counters: async () => CountersResponse.parse(await call(routes.counters)),
    callNext: (counterId: number) => call(routes.callNext, { params: { id: counterId } }),
    callTicket: (counterId: number, ticketId: number) =>
      call(routes.callTicket, { params: { id: counterId }, body: { ticketId } }),
    setCounterOpen: (counterId: number, open: boolean) =>
      call(open ? routes.openCounter : routes.pauseCounter, { params: { id: counterId } }),
    ticketAction: (ticketId: number, action: TicketAction) => call(ticketActions[action], { params: { id: ticketId } }),
    /** Prints a just-issued ticket on the hub's printer (409 printer-… when it cannot). */
    printTicket: (code: string) => call(routes.printTracked, { params: { trackingCode: code } }),
    signIn: (counterId: number, force = false) =>
      call(routes.signIn, { params: { id: counterId }, body: force ? { force: true } : {} }),
    signOut: (counterId: number) => call(routes.signOut, { params: { id: counterId } }),
    meStats: () => call(routes.meStats),
    alerts: () => call(routes.alerts),
    /** Staff reprint of a ticket on the hub's printer (409 printer-… when it cannot). */
    reprint: (ticketId: number) => call(routes.reprint, { params: { id: ticketId } }),
    transfer: (ticketId: number, serviceId: number, note?: string) =>
      call(routes.transferTicket, { params: { id: ticketId }, body: note ? { serviceId, note } : { serviceId } }),
    /** The citizen's portal request behind a ticket, masked if they asked (404 request-not-found: a walk-in). */
    ticketRequest: (ticketId: number) => call(routes.ticketRequest, { params: { id: ticketId } }),
    /** The same, unmasked; the hub writes the reveal to the audit log. */
    revealTicketRequest: (ticketId: number) => call(routes.revealTicketRequest, { params: { id: ticketId } }),
    /** A request document's bytes, for staff (each download is audited). */
    requestDocument: (documentId: number) => call(routes.document, { params: { id: documentId } }),
  };
}

export type Api = ReturnType<typeof createApi>;
