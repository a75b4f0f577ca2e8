// Renderer. POST /api/v1/bookings/check-in: the booking becomes a ticket in today's queue.
import { API_PREFIX, CheckInResponse, ErrorBody, type Ticket } from '@oss/shared';
import { ApiError } from '@oss/shared/client';

export async function checkInBooking(code: string): Promise<Ticket> {
  let res: Response;
  try {
    res = await fetch(`${API_PREFIX}/bookings/check-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(8000),
    });
  } catch {
    throw new ApiError(0, 'hub-unreachable', 'The hub cannot be reached');
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(data);
    throw parsed.success
      ? new ApiError(res.status, parsed.data.error.code, parsed.data.error.message)
      : new ApiError(res.status, 'hub-unreachable', `HTTP ${res.status}`);
  }
  return CheckInResponse.parse(data).ticket;
}
