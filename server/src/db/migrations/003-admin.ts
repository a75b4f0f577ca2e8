// The admin side (docs/admin-api.md): counter sign-in, devices, the audit log, terms versions,
// archived counters.
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '003-admin';

export const sql = `
-- Which login session holds each counter. Tied to the session row, so a logout or a purged
-- (expired) session frees the counter by itself.
CREATE TABLE counter_sessions (
  counter_id   INTEGER PRIMARY KEY REFERENCES counters(id) ON DELETE CASCADE,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash   TEXT NOT NULL UNIQUE REFERENCES sessions(token_hash) ON DELETE CASCADE,
  signed_in_at INTEGER NOT NULL
) STRICT;

-- A counter with history is archived rather than deleted: tickets and events refer to it.
ALTER TABLE counters ADD COLUMN archived_at INTEGER;

CREATE TABLE devices (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('kiosk', 'display')),
  settings           TEXT NOT NULL DEFAULT '{}',
  -- Both stored only as SHA-256 hashes: the code is shown once, the token lives on the device.
  pairing_code_hash  TEXT UNIQUE,
  pairing_expires_at INTEGER,
  token_hash         TEXT UNIQUE,
  created_at         INTEGER NOT NULL,
  paired_at          INTEGER,
  last_seen_at       INTEGER
) STRICT;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES users(id),
  entity    TEXT NOT NULL,
  entity_id TEXT,
  action    TEXT NOT NULL,
  -- JSON of the record before and after the change, never with secrets.
  before    TEXT,
  after     TEXT
) STRICT;
CREATE INDEX audit_entity ON audit_log (entity, id);

-- The terms and privacy notice; the highest version is current, consent records name one.
CREATE TABLE terms_versions (
  version    INTEGER PRIMARY KEY,
  text_th    TEXT NOT NULL,
  text_en    TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by INTEGER REFERENCES users(id)
) STRICT;

-- Reports and a staff member's own figures read events by staff and day.
CREATE INDEX events_staff_day ON events (staff_id, business_day) WHERE staff_id IS NOT NULL;
`;
