// LINE (docs/design.md §6): who follows which ticket, the durable outbox, webhook events already handled.
// Shipped migrations are never edited: add a new numbered one instead.
export const name = '002-line';

export const sql = `
-- A LINE user following a ticket. Purged after the retention period (PDPA): the row is the only
-- place a LINE user id meets a ticket.
CREATE TABLE line_links (
  ticket_id     INTEGER NOT NULL REFERENCES tickets(id),
  line_user_id  TEXT NOT NULL CHECK (length(line_user_id) BETWEEN 1 AND 64),
  linked_at     INTEGER NOT NULL,
  -- The "N ahead of you" alert goes out once per ticket.
  ahead_alerted INTEGER NOT NULL DEFAULT 0 CHECK (ahead_alerted IN (0, 1)),
  PRIMARY KEY (ticket_id, line_user_id)
) STRICT;
CREATE INDEX line_links_user ON line_links (line_user_id);
CREATE INDEX line_links_linked_at ON line_links (linked_at);
-- The queue writer scans these on every change: keep the scan to tickets still owed the alert.
CREATE INDEX line_links_ahead_due ON line_links (ticket_id) WHERE ahead_alerted = 0;

-- Outbound pushes, written in the same transaction as the queue change that causes them.
CREATE TABLE line_outbox (
  id              INTEGER PRIMARY KEY,
  -- X-Line-Retry-Key: LINE executes a push once per key, so a retry never sends twice.
  retry_key       TEXT NOT NULL UNIQUE,
  line_user_id    TEXT NOT NULL,
  ticket_id       INTEGER REFERENCES tickets(id),
  kind            TEXT NOT NULL,
  -- The LINE message objects (JSON array), built when the change happened.
  messages        TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'expired', 'failed', 'dropped')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  -- Not sent before (a booking reminder waits for its time) and not after (stale alerts are noise).
  not_before      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  done_at         INTEGER,
  -- A status code or error class, never a body or a token.
  last_error      TEXT
) STRICT;
CREATE INDEX line_outbox_due ON line_outbox (id) WHERE status = 'pending';
CREATE INDEX line_outbox_created ON line_outbox (created_at);
CREATE INDEX line_outbox_user_pending ON line_outbox (line_user_id) WHERE status = 'pending';

-- webhookEventIds already handled: LINE may deliver an event again.
CREATE TABLE line_webhook_events (
  webhook_event_id TEXT PRIMARY KEY,
  received_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX line_webhook_events_received ON line_webhook_events (received_at);
`;
