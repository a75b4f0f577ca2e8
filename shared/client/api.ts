// A typed fetch client for the hub's HTTP API, for every renderer. Errors come back as ApiError
// carrying the §4 error code, so screens can show a message per code.
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
  TicketResponse,
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
  async function call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<z.infer<S>> {
    const auth = token?.();
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${API_PREFIX}${path}`, {
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
    const data: unknown = res.status === 204 ? {} : await res.json().catch(() => null);
    if (!res.ok) {
      const parsed = ErrorBody.safeParse(data);
      if (parsed.success) throw new ApiError(res.status, parsed.data.error.code, parsed.data.error.message);
      throw new ApiError(res.status, 'http-error', `HTTP ${res.status}`);
    }
    return schema.parse(data);
  }

  return {
    services: () => call(ServicesResponse, 'GET', '/services'),
    issueTicket: (body: IssueTicketBody, idempotencyKey?: string) =>
      call(TicketResponse, 'POST', '/tickets', body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    track: (code: string) => call(TrackResponse, 'GET', `/tickets/track/${encodeURIComponent(code)}`),
    cancelByCitizen: (code: string) => call(TicketResponse, 'POST', `/tickets/track/${encodeURIComponent(code)}/cancel`, {}),
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
  };
}

export type Api = ReturnType<typeof createApi>;
