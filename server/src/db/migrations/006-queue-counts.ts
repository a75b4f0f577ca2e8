// How many tickets wait in each lane of each service, kept by triggers in the same transaction as
// the ticket change itself (so a rollback undoes both). A new ticket, last in its lane, then finds
// its place from two or three rows instead of counting the whole queue in front of it. The lane
// expression is the one of migration 005 and of LANE_SQL in server/src/tickets/ticket-repo.ts, on
// NEW and OLD rows. Status, service and queued time are what ticket changes move; priority, issue
// and appointment times never change after issue, so a ticket's lane only changes with its service.
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '006-queue-counts';

const lane = (row: 'NEW' | 'OLD') => `(CASE WHEN ${row}.priority <> 'none' THEN 0
    WHEN ${row}.appointment_at IS NOT NULL AND ${row}.issued_at <= ${row}.appointment_at + 900000 THEN 1
    ELSE 2 END)`;

const QUEUED = (row: 'NEW' | 'OLD') => `${row}.status IN ('waiting', 'transferred')`;

const countIn = `INSERT INTO queue_counts (service_id, lane, n) SELECT NEW.service_id, ${lane('NEW')}, 1 WHERE ${QUEUED('NEW')}
    ON CONFLICT (service_id, lane) DO UPDATE SET n = n + 1;`;

export const sql = `
CREATE TABLE queue_counts (
  service_id INTEGER NOT NULL,
  lane       INTEGER NOT NULL CHECK (lane IN (0, 1, 2)),
  n          INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (service_id, lane)
) STRICT, WITHOUT ROWID;

INSERT INTO queue_counts (service_id, lane, n)
  SELECT service_id, (CASE WHEN priority <> 'none' THEN 0
    WHEN appointment_at IS NOT NULL AND issued_at <= appointment_at + 900000 THEN 1
    ELSE 2 END), COUNT(*)
  FROM tickets WHERE status IN ('waiting', 'transferred') GROUP BY 1, 2;

CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets WHEN ${QUEUED('NEW')} BEGIN
  ${countIn}
END;

CREATE TRIGGER tickets_count_update AFTER UPDATE OF status, service_id ON tickets
  WHEN (${QUEUED('OLD')}) OR (${QUEUED('NEW')}) BEGIN
  UPDATE queue_counts SET n = n - 1 WHERE ${QUEUED('OLD')} AND service_id = OLD.service_id AND lane = ${lane('OLD')};
  ${countIn}
END;
`;
