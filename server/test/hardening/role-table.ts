// Who may call each route, for the role matrix test. Every route in the hub's OpenAPI document
// must have a row here (a new route without one fails the test), and every row must still be a
// route. `access` is the lowest that may call it:
//   public      anyone (some answer 404/409 for a made-up value: that is not a refusal)
//   device      a paired kiosk or display, by its device token
//   citizen     a citizen logged in to the portal (its cookie); staff and device tokens do not count
//   staff < supervisor < admin   a staff login with at least that role
// `body` is a valid one, so that an allowed caller's call means something. Refused callers get
// their 401/403 whatever the body: the guards run in onRequest, before the body is parsed or
// validated (server/src/http/auth-guard.ts), and the matrix also sends every guarded route an
// empty and a broken body, and a path parameter that does not parse.

import { CLIP_IDS } from '@oss/shared';

export type Access = 'public' | 'device' | 'citizen' | 'staff' | 'supervisor' | 'admin';

/** Ids the test creates before it runs; rows read them when the request is made. */
export interface Fixtures {
  trackingCode: string;
  ticketId: number;
  spareService: number;
  spareCounter: number;
  spareDevice: number;
  repairDevice: number;
  staffUser: number;
}

export interface Row {
  access: Access;
  /** The concrete path (placeholders filled); default: each {x} becomes 1. */
  path?: (f: Fixtures) => string;
  body?: unknown;
  /** A raw body with its content type, for routes that take bytes. */
  raw?: { contentType: string; data: Buffer };
  /**
   * A public call that checks a credential in its body (a made-up one here): everyone gets the
   * same answer, whoever calls. Checked as that, not as a role.
   */
  sameForAll?: true;
}

const day = '2026-11-25';
const clip = CLIP_IDS[0] ?? 'ding';
const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')]);

export const ROLE_TABLE: Record<string, Row> = {
  'GET /health': { access: 'public' },
  'GET /services': { access: 'public' },
  'POST /tickets': { access: 'public', body: { serviceId: 1 } },
  'GET /tickets/track/{trackingCode}': { access: 'public', path: (f) => `/tickets/track/${f.trackingCode}` },
  'POST /tickets/track/{trackingCode}/cancel': { access: 'public', path: () => '/tickets/track/ZZZZZZZZZZ/cancel' },
  'POST /tickets/track/{trackingCode}/rating': {
    access: 'public',
    path: (f) => `/tickets/track/${f.trackingCode}/rating`,
    body: { score: 5 },
  },
  'POST /auth/login': { access: 'public', body: { username: 'nobody', password: 'not-a-password' }, sameForAll: true },
  'GET /auth/me': { access: 'staff' },
  'POST /auth/logout': { access: 'staff' },
  'GET /counters': { access: 'public' },
  'POST /counters/{id}/call-next': { access: 'staff', path: () => '/counters/4/call-next' },
  'POST /counters/{id}/call': { access: 'staff', path: () => '/counters/4/call', body: { ticketId: 999999 } },
  'POST /counters/{id}/open': { access: 'staff', path: () => '/counters/3/open' },
  'POST /counters/{id}/pause': { access: 'staff', path: () => '/counters/3/pause' },
  'POST /tickets/{id}/recall': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/recall` },
  'POST /tickets/{id}/start': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/start` },
  'POST /tickets/{id}/complete': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/complete` },
  'POST /tickets/{id}/no-show': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/no-show` },
  'POST /tickets/{id}/hold': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/hold` },
  'POST /tickets/{id}/resume': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/resume`, body: {} },
  'POST /tickets/{id}/return': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/return` },
  'POST /tickets/{id}/cancel': { access: 'staff', path: () => '/tickets/999999/cancel' },
  'POST /tickets/{id}/transfer': { access: 'staff', path: () => '/tickets/999999/transfer', body: { serviceId: 2 } },
  'POST /day/close': { access: 'supervisor' },
  'GET /admin/services': { access: 'admin' },
  'POST /admin/services': { access: 'admin', body: { code: 'RM', name: { th: 'ทดสอบ', en: 'Role test' } } },
  'GET /admin/services/{id}': { access: 'admin' },
  'PATCH /admin/services/{id}': { access: 'admin', body: { sortOrder: 5 } },
  'DELETE /admin/services/{id}': { access: 'admin', path: (f) => `/admin/services/${f.spareService}` },
  'GET /admin/counters': { access: 'admin' },
  'POST /admin/counters': { access: 'admin', body: { names: { th: 'ช่อง 9', en: 'Counter 9' } } },
  'GET /admin/counters/{id}': { access: 'admin' },
  'PATCH /admin/counters/{id}': { access: 'admin', body: { normalPerPriority: 2 } },
  'DELETE /admin/counters/{id}': { access: 'admin', path: (f) => `/admin/counters/${f.spareCounter}` },
  'POST /counters/{id}/sign-in': { access: 'staff', path: () => '/counters/2/sign-in', body: {} },
  'POST /counters/{id}/sign-out': { access: 'staff', path: () => '/counters/2/sign-out' },
  'GET /admin/users': { access: 'admin' },
  'POST /admin/users': {
    access: 'admin',
    body: { username: 'rolecheck', displayName: 'Role check', role: 'staff', password: 'role-check-pass' },
  },
  'GET /admin/users/{id}': { access: 'admin' },
  'PATCH /admin/users/{id}': { access: 'admin', path: (f) => `/admin/users/${f.staffUser}`, body: { displayName: 'สมศรี' } },
  'GET /admin/devices': { access: 'admin' },
  'POST /admin/devices': { access: 'admin', body: { name: 'Kiosk 9', kind: 'kiosk' } },
  'GET /admin/devices/{id}': { access: 'admin' },
  'PATCH /admin/devices/{id}': { access: 'admin', path: (f) => `/admin/devices/${f.repairDevice}`, body: { name: 'Renamed' } },
  'DELETE /admin/devices/{id}': { access: 'admin', path: (f) => `/admin/devices/${f.spareDevice}` },
  'POST /admin/devices/{id}/pairing-code': { access: 'admin', path: (f) => `/admin/devices/${f.repairDevice}/pairing-code` },
  'POST /devices/pair': { access: 'public', body: { code: 'AAAA-BBBB' }, sameForAll: true },
  'GET /devices/me': { access: 'device' },
  'GET /admin/settings': { access: 'admin' },
  'PATCH /admin/settings': { access: 'admin', body: { office: { announcement: { th: 'ประกาศ', en: 'Notice' } } } },
  'GET /admin/terms': { access: 'admin' },
  'POST /admin/terms': { access: 'admin', body: { text: { th: 'ข้อตกลง', en: 'Terms' } } },
  'GET /terms/current': { access: 'public' },
  'GET /admin/audit': { access: 'admin' },
  'GET /reports/summary': { access: 'supervisor', path: () => `/reports/summary?from=${day}` },
  'GET /reports/summary.csv': { access: 'supervisor', path: () => `/reports/summary.csv?from=${day}` },
  'GET /me/stats': { access: 'staff' },
  'GET /admin/backups': { access: 'admin' },
  'POST /admin/backups': { access: 'admin' },
  'POST /alerts/printer': { access: 'public', body: { code: 'printer-ok', printer: 'usb' } },
  'POST /tickets/track/{trackingCode}/print': { access: 'public', path: (f) => `/tickets/track/${f.trackingCode}/print` },
  'POST /tickets/{id}/print': { access: 'staff', path: (f) => `/tickets/${f.ticketId}/print` },
  'GET /tickets/track/{trackingCode}/ticket.png': {
    access: 'public',
    path: (f) => `/tickets/track/${f.trackingCode}/ticket.png`,
  },
  'GET /tickets/track/{trackingCode}/ticket.escpos': {
    access: 'public',
    path: (f) => `/tickets/track/${f.trackingCode}/ticket.escpos`,
  },
  'GET /alerts': { access: 'staff' },
  'GET /line/status': { access: 'supervisor' },
  // Citizen portal (docs/portal.md).
  'GET /citizens/portal-info': { access: 'public' },
  'GET /citizens/terms': { access: 'public' },
  'POST /citizens/register': { access: 'public', body: { username: 'x' } },
  'POST /citizens/login': { access: 'public', body: { username: 'nobody', password: 'not-a-password' }, sameForAll: true },
  'POST /citizens/logout': { access: 'public' },
  'GET /citizens/me': { access: 'citizen' },
  'PATCH /citizens/me': { access: 'citizen', body: {} },
  'POST /citizens/consent': { access: 'citizen', body: { termsVersion: 1, acceptTerms: true } },
  'POST /citizens/password-reset': { access: 'public', body: { email: 'nobody@example.com' } },
  'POST /citizens/password-reset/confirm': { access: 'public', body: { token: 'a'.repeat(40), password: 'new-password-1' } },
  'GET /citizens/line-login': { access: 'public' },
  'GET /requests': { access: 'citizen' },
  'POST /requests': { access: 'citizen', body: {} },
  'GET /requests/{id}': { access: 'citizen' },
  'POST /requests/{id}/submit': { access: 'citizen' },
  'POST /requests/{id}/ticket': { access: 'citizen' },
  'POST /requests/{id}/cancel': { access: 'citizen' },
  'PUT /requests/{id}/documents': {
    access: 'citizen',
    raw: { contentType: 'application/octet-stream', data: Buffer.from('%PDF-1.4') },
  },
  'DELETE /requests/{id}/documents/{documentId}': { access: 'citizen' },
  'GET /documents/{id}': { access: 'staff' },
  'GET /bookings/slots': { access: 'public', path: () => '/bookings/slots?serviceId=1' },
  'POST /requests/{id}/booking': { access: 'citizen', body: { slotAt: '2026-11-26T09:00:00+07:00' } },
  'POST /bookings/{id}/cancel': { access: 'citizen' },
  'POST /bookings/check-in': { access: 'public', body: { code: 'NOSUCHBOOKING' } },
  'GET /tickets/{id}/request': { access: 'staff' },
  'POST /tickets/{id}/request/reveal': { access: 'staff' },
  // A walk-in ticket has no request: the allowed roles get 404 request-not-found (citizen-ids.test.ts has the rest).
  'PUT /tickets/{id}/request/citizen-id': {
    access: 'supervisor',
    path: (f) => `/tickets/${f.ticketId}/request/citizen-id`,
    body: { citizenId: '1101700230708' },
  },
  'POST /feedback': { access: 'public', body: { text: 'ดีมาก' } },
  'GET /feedback': { access: 'supervisor' },
  // Display voice (the TV's recorded calls).
  'GET /voice-sets': { access: 'public' },
  'PUT /admin/voice-sets/{set}/clips/{clip}': {
    access: 'admin',
    path: () => `/admin/voice-sets/office/clips/${clip}`,
    raw: { contentType: 'audio/wav', data: wav },
  },
  'DELETE /admin/voice-sets/{set}/clips/{clip}': { access: 'admin', path: () => `/admin/voice-sets/office/clips/${clip}` },
  'DELETE /admin/voice-sets/{set}': { access: 'admin', path: () => '/admin/voice-sets/office' },
};
