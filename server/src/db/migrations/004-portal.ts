// The citizen portal (docs/portal.md). Accounts (citizen IDs only as keyed hashes), consent, citizen
// sessions and password resets, service requests with documents, bookings, feedback.
// Shipped once merged: never edit. Add a new numbered migration instead.
export const name = '004-portal';

export const sql = `
CREATE TABLE citizens (
  id            INTEGER PRIMARY KEY,
  -- Null for an account made by LINE Login only.
  username      TEXT UNIQUE COLLATE NOCASE,
  password_hash TEXT,
  -- The LINE user id from LINE Login: the account's other way in.
  line_user_id  TEXT UNIQUE CHECK (line_user_id IS NULL OR length(line_user_id) BETWEEN 1 AND 64),
  name          TEXT NOT NULL,
  -- HMAC-SHA256 (per-install secret) of the 13 digits, never the digits (PDPA); last 4 for display.
  cid_hash      TEXT UNIQUE,
  cid_last4     TEXT CHECK (cid_last4 IS NULL OR length(cid_last4) = 4),
  phone         TEXT,
  email         TEXT COLLATE NOCASE,
  address       TEXT,
  hide_personal INTEGER NOT NULL DEFAULT 0 CHECK (hide_personal IN (0, 1)),
  created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX citizens_email ON citizens (email) WHERE email IS NOT NULL;

-- Each acceptance of a terms version (append-only).
CREATE TABLE citizen_consents (
  id            INTEGER PRIMARY KEY,
  citizen_id    INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
  terms_version INTEGER NOT NULL REFERENCES terms_versions(version),
  accepted_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX citizen_consents_citizen ON citizen_consents (citizen_id, terms_version);

-- Citizen logins, apart from staff sessions: a token of one kind never opens the other's routes.
CREATE TABLE citizen_sessions (
  token_hash TEXT PRIMARY KEY,
  citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX citizen_sessions_expiry ON citizen_sessions (expires_at);

-- Single-use, expiring reset links; the token only as its SHA-256.
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
) STRICT;

CREATE TABLE service_requests (
  id           INTEGER PRIMARY KEY,
  citizen_id   INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
  service_id   INTEGER NOT NULL REFERENCES services(id),
  subject      TEXT NOT NULL,
  details      TEXT NOT NULL DEFAULT '',
  contact      TEXT NOT NULL CHECK (contact IN ('phone', 'email', 'line', 'none')),
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'cancelled')),
  created_at   INTEGER NOT NULL,
  submitted_at INTEGER,
  -- The same-day ticket, or the one a booking's check-in issued.
  ticket_id    INTEGER UNIQUE REFERENCES tickets(id)
) STRICT;
CREATE INDEX service_requests_citizen ON service_requests (citizen_id, id);

-- Uploaded files: the bytes live in <data dir>/uploads/<sha256>; the name is for display only.
CREATE TABLE request_documents (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER NOT NULL REFERENCES service_requests(id) ON DELETE CASCADE,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  display_name TEXT NOT NULL,
  mime         TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  size         INTEGER NOT NULL CHECK (size >= 0),
  uploaded_at  INTEGER NOT NULL,
  -- Set by the retention purge, which deletes the file.
  purged_at    INTEGER
) STRICT;
CREATE INDEX request_documents_request ON request_documents (request_id);
CREATE INDEX request_documents_live ON request_documents (uploaded_at) WHERE purged_at IS NULL;
CREATE INDEX request_documents_sha ON request_documents (sha256) WHERE purged_at IS NULL;

CREATE TABLE bookings (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  -- A request may be booked again after a cancellation: one live booking at a time (checked in code).
  request_id      INTEGER NOT NULL REFERENCES service_requests(id) ON DELETE CASCADE,
  citizen_id      INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
  service_id      INTEGER NOT NULL REFERENCES services(id),
  slot_at         INTEGER NOT NULL,
  business_day    TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked-in', 'cancelled')),
  created_at      INTEGER NOT NULL,
  checked_in_at   INTEGER,
  cancelled_at    INTEGER,
  ticket_id       INTEGER REFERENCES tickets(id),
  reminder_queued INTEGER NOT NULL DEFAULT 0 CHECK (reminder_queued IN (0, 1))
) STRICT;
CREATE INDEX bookings_request ON bookings (request_id);
CREATE INDEX bookings_slot ON bookings (service_id, slot_at) WHERE status != 'cancelled';
CREATE INDEX bookings_reminder_due ON bookings (slot_at) WHERE status = 'booked' AND reminder_queued = 0;

CREATE TABLE feedback (
  id         INTEGER PRIMARY KEY,
  citizen_id INTEGER REFERENCES citizens(id) ON DELETE SET NULL,
  service_id INTEGER REFERENCES services(id),
  text       TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
`;
