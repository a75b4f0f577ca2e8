// The portal's calls to the hub. The login is an httpOnly cookie the browser keeps and sends by
// itself (same origin); the page never sees it. Errors are ApiError with the docs/design.md §4.1 code.
import {
  API_PREFIX,
  BookingResponse,
  CitizenResponse,
  DocumentResponse,
  ErrorBody,
  FeedbackResponse,
  PortalInfoResponse,
  RequestResponse,
  RequestsResponse,
  ServicesResponse,
  SlotsResponse,
  TermsResponse,
  TicketResponse,
  type CitizenLoginBody,
  type CitizenPatchBody,
  type CitizenRegisterBody,
  type RequestCreateBody,
} from '@oss/shared';
import { ApiError } from '@oss/shared/client';
import { z } from 'zod';

const Empty = z.object({}).passthrough();

async function call<S extends z.ZodType>(
  schema: S,
  method: string,
  path: string,
  body?: unknown,
  raw?: Blob,
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(`${API_PREFIX}${path}`, {
      method,
      credentials: 'same-origin',
      headers: raw
        ? { 'content-type': 'application/octet-stream' }
        : body !== undefined
          ? { 'content-type': 'application/json' }
          : {},
      body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
    });
  } catch {
    throw new ApiError(0, 'hub-unreachable', 'The hub cannot be reached');
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(data);
    if (parsed.success) throw new ApiError(res.status, parsed.data.error.code, parsed.data.error.message);
    throw new ApiError(res.status, 'http-error', `HTTP ${res.status}`);
  }
  return schema.parse(data);
}

export const portalApi = {
  info: () => call(PortalInfoResponse, 'GET', '/citizens/portal-info'),
  terms: () => call(TermsResponse, 'GET', '/citizens/terms'),
  me: () => call(CitizenResponse, 'GET', '/citizens/me'),
  register: (body: CitizenRegisterBody) => call(CitizenResponse, 'POST', '/citizens/register', body),
  login: (body: CitizenLoginBody) => call(CitizenResponse, 'POST', '/citizens/login', body),
  logout: () => call(Empty, 'POST', '/citizens/logout', {}),
  updateMe: (body: CitizenPatchBody) => call(CitizenResponse, 'PATCH', '/citizens/me', body),
  consent: (termsVersion: number) => call(CitizenResponse, 'POST', '/citizens/consent', { termsVersion, acceptTerms: true }),
  forgot: (email: string) => call(Empty, 'POST', '/citizens/password-reset', { email }),
  reset: (token: string, password: string) => call(Empty, 'POST', '/citizens/password-reset/confirm', { token, password }),
  services: () => call(ServicesResponse, 'GET', '/services'),
  requests: () => call(RequestsResponse, 'GET', '/requests'),
  request: (id: number) => call(RequestResponse, 'GET', `/requests/${id}`),
  createRequest: (body: RequestCreateBody) => call(RequestResponse, 'POST', '/requests', body),
  upload: (id: number, file: File) =>
    call(DocumentResponse, 'PUT', `/requests/${id}/documents?name=${encodeURIComponent(file.name)}`, undefined, file),
  removeDocument: (id: number, documentId: number) => call(Empty, 'DELETE', `/requests/${id}/documents/${documentId}`),
  submit: (id: number) => call(RequestResponse, 'POST', `/requests/${id}/submit`, {}),
  cancelRequest: (id: number) => call(RequestResponse, 'POST', `/requests/${id}/cancel`, {}),
  sameDayTicket: (id: number) => call(RequestResponse.extend(TicketResponse.shape), 'POST', `/requests/${id}/ticket`, {}),
  slots: (serviceId: number) => call(SlotsResponse, 'GET', `/bookings/slots?serviceId=${serviceId}`),
  book: (id: number, slotAt: string) => call(BookingResponse, 'POST', `/requests/${id}/booking`, { slotAt }),
  cancelBooking: (bookingId: number) => call(BookingResponse, 'POST', `/bookings/${bookingId}/cancel`, {}),
  feedback: (serviceId: number | null, text: string) => call(FeedbackResponse, 'POST', '/feedback', { serviceId, text }),
};

export function errorCodeOf(err: unknown): string {
  return err instanceof ApiError ? err.code : 'internal-error';
}
