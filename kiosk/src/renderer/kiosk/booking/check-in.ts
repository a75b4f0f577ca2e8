// Renderer. POST /api/v1/bookings/check-in: the booking becomes a ticket in today's queue.
import { routes, type Ticket } from '@oss/shared';
import { ApiError, createClient } from '@oss/shared/client';

const client = createClient();

export async function checkInBooking(code: string): Promise<Ticket> {
  try {
    return (await client.call(routes.checkIn, { body: { code }, signal: AbortSignal.timeout(8000) })).ticket;
  } catch (err) {
    // An answer without the error body is as good as no answer at the kiosk.
    if (err instanceof ApiError && err.code === 'http-error') throw new ApiError(err.status, 'hub-unreachable', err.message);
    throw err;
  }
}
