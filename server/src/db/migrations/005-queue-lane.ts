// The queue's order as an index: service, lane (priority 0, appointment on time 1, others 2),
// queued time, id. Call-next reads the head of each lane and "people ahead" counts a range, instead
// of sorting the whole queue on every call. The lane expression must stay word for word the one in
// server/src/tickets/ticket-repo.ts (LANE_SQL) for SQLite to use this index; a test checks that.
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '005-queue-lane';

export const sql = `
DROP INDEX tickets_queued;
CREATE INDEX tickets_queued_lane ON tickets (
  service_id,
  (CASE WHEN priority <> 'none' THEN 0
    WHEN appointment_at IS NOT NULL AND issued_at <= appointment_at + 900000 THEN 1
    ELSE 2 END),
  queued_at,
  id
) WHERE status IN ('waiting', 'transferred');
`;
