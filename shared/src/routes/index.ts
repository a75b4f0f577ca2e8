// The route table: every call under /api/v1, one entry each (docs/design.md §4). The hub registers
// its routes from it (server/src/http/route.ts) and the screens call it through one client
// (shared/client/call.ts).
import { adminRoutes } from './admin.js';
import { bookingRoutes } from './bookings.js';
import { officeRoutes } from './office.js';
import { portalRoutes } from './portal.js';
import { printingRoutes } from './printing.js';
import { publicRoutes } from './public.js';
import type { RouteSpec } from './spec.js';
import { staffRoutes, ticketActions } from './staff.js';

export * from './spec.js';
export { IdempotencyHeaders } from './public.js';
export { ticketActions } from './staff.js';
export { DocumentParams, LineLoginCallbackQuery } from './portal.js';
export { TicketEscposQuery, TicketPngQuery } from './printing.js';
export { VoiceClipParams, VoiceSetParams } from './office.js';

export const routes = {
  ...publicRoutes,
  ...staffRoutes,
  ...adminRoutes,
  ...officeRoutes,
  ...portalRoutes,
  ...bookingRoutes,
  ...printingRoutes,
};

/** Every entry, the ticket actions included: what the hub must serve, and nothing else. */
export const ALL_ROUTES: readonly RouteSpec[] = [...Object.values(routes), ...Object.values(ticketActions)];
