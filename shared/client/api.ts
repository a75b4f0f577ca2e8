// A typed fetch client for the hub's HTTP API, for every renderer. Errors come back as ApiError
// carrying the docs/design.md §4.1 error code, so screens can show a message per code.
import {
  API_PREFIX,
  AlertsResponse,
  CounterResponse,
  CountersResponse,
  MeStatsResponse,
  ErrorBody,
  PrintResponse,
  LoginResponse,
  MaybeTicketResponse,
  RatingResponse,
  ServicesResponse,
  StaffRequestResponse,
  TicketResponse,
  TrackedTicketResponse,
  TrackResponse,
  type IssueTicketBody,
  type TicketAction,
} from '@oss/shared';
import { z } from 'zod';

/** For answers without a body (204) or with nothing the caller needs. */
export const Empty = z.object({});

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  /** Base URL of the hub; '' means the page's own origin. */
  baseUrl?: string;
  token?: () => string | null;
}

export function createApi({ baseUrl = '', token }: ApiOptions = {}) {
  async function send(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Response> {
    const auth = token?.();
    try {
      return await fetch(`${baseUrl}${API_PREFIX}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(auth ? { authorization: `Bearer ${auth}` } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch {
      throw new ApiError(0, 'hub-unreachable', 'The hub cannot be reached');
    }
  }

  function failure(res: Response, data: unknown): ApiError {
    const parsed = ErrorBody.safeParse(data);
    if (parsed.success) return new ApiError(res.status, parsed.data.error.code, parsed.data.error.message);
    return new ApiError(res.status, 'http-error', `HTTP ${res.status}`);
  }

  async function call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<z.infer<S>> {
    const res = await send(method, path, body, headers);
    const data: unknown = res.status === 204 ? {} : await res.json().catch(() => null);
    if (!res.ok) throw failure(res, data);
    return schema.parse(data);
  }

  /** A file the hub sends as bytes (errors still come as the JSON error body). */
  async function file(path: string): Promise<Blob> {
    const res = await send('GET', path, undefined, {});
    if (!res.ok) throw failure(res, await res.json().catch(() => null));
    try {
      return await res.blob();
    } catch {
      throw new ApiError(0, 'hub-unreachable', 'The download was interrupted');
    }
  }

  return {
    services: () => call(ServicesResponse, 'GET', '/services'),
    issueTicket: (body: IssueTicketBody, idempotencyKey?: string) =>
      call(TicketResponse, 'POST', '/tickets', body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    track: (code: string) => call(TrackResponse, 'GET', `/tickets/track/${encodeURIComponent(code)}`),
    cancelByCitizen: (code: string) =>
      call(TrackedTicketResponse, 'POST', `/tickets/track/${encodeURIComponent(code)}/cancel`, {}),
    rate: (code: string, score: number, comment?: string) =>
      call(RatingResponse, 'POST', `/tickets/track/${encodeURIComponent(code)}/rating`, comment ? { score, comment } : { score }),
    login: (username: string, password: string) => call(LoginResponse, 'POST', '/auth/login', { username, password }),
    logout: () => call(Empty, 'POST', '/auth/logout', {}),
    counters: () => call(CountersResponse, 'GET', '/counters'),
    callNext: (counterId: number) => call(MaybeTicketResponse, 'POST', `/counters/${counterId}/call-next`, {}),
    callTicket: (counterId: number, ticketId: number) =>
      call(TicketResponse, 'POST', `/counters/${counterId}/call`, { ticketId }),
    setCounterOpen: (counterId: number, open: boolean) =>
      call(CounterResponse, 'POST', `/counters/${counterId}/${open ? 'open' : 'pause'}`, {}),
    ticketAction: (ticketId: number, action: TicketAction) => call(TicketResponse, 'POST', `/tickets/${ticketId}/${action}`, {}),
    /** Prints a just-issued ticket on the hub's printer (409 printer-… when it cannot). */
    printTicket: (code: string) =>
      call(z.object({ printed: z.boolean() }).passthrough(), 'POST', `/tickets/track/${encodeURIComponent(code)}/print`, {}),
    signIn: (counterId: number, force = false) =>
      call(CounterResponse, 'POST', `/counters/${counterId}/sign-in`, force ? { force: true } : {}),
    signOut: (counterId: number) => call(CounterResponse, 'POST', `/counters/${counterId}/sign-out`, {}),
    meStats: () => call(MeStatsResponse, 'GET', '/me/stats'),
    alerts: () => call(AlertsResponse, 'GET', '/alerts'),
    /** Staff reprint of a ticket on the hub's printer (409 printer-… when it cannot). */
    reprint: (ticketId: number) => call(PrintResponse, 'POST', `/tickets/${ticketId}/print`, {}),
    /** Any other call with its answer schema: the admin and report pages build theirs on this. */
    request: call,
    transfer: (ticketId: number, serviceId: number, note?: string) =>
      call(TicketResponse, 'POST', `/tickets/${ticketId}/transfer`, note ? { serviceId, note } : { serviceId }),
    /** The citizen's portal request behind a ticket, masked if they asked (404 request-not-found: a walk-in). */
    ticketRequest: (ticketId: number) => call(StaffRequestResponse, 'GET', `/tickets/${ticketId}/request`),
    /** The same, unmasked; the hub writes the reveal to the audit log. */
    revealTicketRequest: (ticketId: number) => call(StaffRequestResponse, 'POST', `/tickets/${ticketId}/request/reveal`, {}),
    /** A request document's bytes, for staff (each download is audited). */
    requestDocument: (documentId: number) => file(`/documents/${documentId}`),
  };
}

export type Api = ReturnType<typeof createApi>;
