// The portal's calls to the hub, each an entry of the shared route table. The login is an httpOnly
// cookie the browser keeps and sends by itself (same origin); the page never sees it. Errors are
// ApiError with the docs/design.md §4.1 code.
import {
  routes,
  type CitizenLoginBody,
  type CitizenPatchBody,
  type CitizenRegisterBody,
  type RequestCreateBody,
} from '@oss/shared';
import { ApiError, createClient, type ApiErrorCode } from '@oss/shared/client';

const { call } = createClient();

export const portalApi = {
  info: () => call(routes.portalInfo),
  terms: () => call(routes.citizenTerms),
  me: () => call(routes.citizenMe),
  register: (body: CitizenRegisterBody) => call(routes.register, { body }),
  login: (body: CitizenLoginBody) => call(routes.citizenLogin, { body }),
  logout: () => call(routes.citizenLogout),
  updateMe: (body: CitizenPatchBody) => call(routes.updateCitizen, { body }),
  consent: (termsVersion: number) => call(routes.consent, { body: { termsVersion, acceptTerms: true } }),
  forgot: (email: string) => call(routes.passwordReset, { body: { email } }),
  reset: (token: string, password: string) => call(routes.passwordResetConfirm, { body: { token, password } }),
  services: () => call(routes.services),
  requests: () => call(routes.requests),
  request: (id: number) => call(routes.request, { params: { id } }),
  createRequest: (body: RequestCreateBody) => call(routes.createRequest, { body }),
  upload: (id: number, file: File) => call(routes.uploadDocument, { params: { id }, query: { name: file.name }, raw: file }),
  removeDocument: (id: number, documentId: number) => call(routes.deleteDocument, { params: { id, documentId } }),
  submit: (id: number) => call(routes.submitRequest, { params: { id } }),
  cancelRequest: (id: number) => call(routes.cancelRequest, { params: { id } }),
  sameDayTicket: (id: number) => call(routes.requestTicket, { params: { id } }),
  slots: (serviceId: number) => call(routes.slots, { query: { serviceId } }),
  book: (id: number, slotAt: string) => call(routes.book, { params: { id }, body: { slotAt } }),
  cancelBooking: (bookingId: number) => call(routes.cancelBooking, { params: { id: bookingId } }),
  feedback: (serviceId: number | null, text: string) => call(routes.feedback, { body: { serviceId, text } }),
};

export function errorCodeOf(err: unknown): ApiErrorCode {
  return err instanceof ApiError ? err.code : 'internal-error';
}
