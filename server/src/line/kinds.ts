// What the hub pushes to LINE, and how long each kind stays worth sending. A relay that was
// offline drops what went stale: "go to counter 3" an hour late is noise (docs/design.md §6.1).

export const MESSAGE_KINDS = [
  'ticket.issued',
  'ticket.ahead',
  'ticket.called',
  'ticket.recalled',
  'ticket.done',
  'ticket.cancelled',
  'booking.confirmed',
  'booking.reminder',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

const MINUTE = 60_000;

/** How long after its change an alert may still be sent. */
export const MESSAGE_TTL_MS: Record<MessageKind, number> = {
  // The citizen is in the lobby: these matter only while the queue has not moved on.
  'ticket.issued': 60 * MINUTE,
  'ticket.ahead': 20 * MINUTE,
  'ticket.called': 10 * MINUTE,
  'ticket.recalled': 10 * MINUTE,
  // A rating prompt is still welcome later the same day.
  'ticket.done': 12 * 60 * MINUTE,
  'ticket.cancelled': 60 * MINUTE,
  // Bookings from the portal are days ahead; a reminder is enqueued with its own not-before time.
  'booking.confirmed': 24 * 60 * MINUTE,
  'booking.reminder': 3 * 60 * MINUTE,
};
