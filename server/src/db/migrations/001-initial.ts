// Shipped: never edit. Add a new numbered migration instead.
export const name = '001-initial';

export const sql = `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE services (
  id                  INTEGER PRIMARY KEY,
  code                TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Z]*' AND length(code) BETWEEN 1 AND 3),
  name_th             TEXT NOT NULL,
  name_en             TEXT NOT NULL,
  description_th      TEXT NOT NULL DEFAULT '',
  description_en      TEXT NOT NULL DEFAULT '',
  documents           TEXT NOT NULL DEFAULT '[]',
  avg_service_minutes INTEGER NOT NULL DEFAULT 10 CHECK (avg_service_minutes > 0),
  open_time           TEXT,
  close_time          TEXT,
  daily_cap           INTEGER CHECK (daily_cap IS NULL OR daily_cap > 0),
  active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order          INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE counters (
  id                  INTEGER PRIMARY KEY,
  name_th             TEXT NOT NULL,
  name_en             TEXT NOT NULL,
  open                INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
  -- Calling policy: after a priority call, normal_per_priority normal calls are owed before the next
  -- priority one (0 = priority always first); normal_owed counts them down.
  normal_per_priority INTEGER NOT NULL DEFAULT 0 CHECK (normal_per_priority >= 0),
  normal_owed         INTEGER NOT NULL DEFAULT 0 CHECK (normal_owed >= 0),
  sort_order          INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE counter_services (
  counter_id INTEGER NOT NULL REFERENCES counters(id) ON DELETE CASCADE,
  service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (counter_id, service_id)
) STRICT;

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;

CREATE TABLE tickets (
  id                INTEGER PRIMARY KEY,
  business_day      TEXT NOT NULL,
  -- The service that allocated the number; service_id moves on transfer, this never does.
  issued_service_id INTEGER NOT NULL REFERENCES services(id),
  service_id        INTEGER NOT NULL REFERENCES services(id),
  seq               INTEGER NOT NULL CHECK (seq > 0),
  number            TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('waiting','called','serving','done','no-show','held','transferred','cancelled','expired')),
  priority          TEXT NOT NULL DEFAULT 'none' CHECK (priority IN ('none','elderly','disabled','pregnant','monk')),
  channel           TEXT NOT NULL DEFAULT 'kiosk' CHECK (channel IN ('kiosk','web','counter')),
  tracking_code     TEXT NOT NULL UNIQUE,
  issued_at         INTEGER NOT NULL,
  queued_at         INTEGER NOT NULL,
  appointment_at    INTEGER,
  called_at         INTEGER,
  started_at        INTEGER,
  finished_at       INTEGER,
  counter_id        INTEGER REFERENCES counters(id),
  staff_id          INTEGER REFERENCES users(id),
  recalls           INTEGER NOT NULL DEFAULT 0,
  note              TEXT,
  UNIQUE (issued_service_id, business_day, seq)
) STRICT;

-- The live queue is small and hot; history is large and cold.
CREATE INDEX tickets_queued ON tickets (service_id, queued_at) WHERE status IN ('waiting', 'transferred');
CREATE INDEX tickets_live ON tickets (business_day, status);
-- A counter has at most one ticket called or being served.
CREATE UNIQUE INDEX tickets_counter_current ON tickets (counter_id) WHERE status IN ('called', 'serving');

CREATE TABLE events (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  type         TEXT NOT NULL,
  ticket_id    INTEGER REFERENCES tickets(id),
  counter_id   INTEGER REFERENCES counters(id),
  staff_id     INTEGER REFERENCES users(id),
  at           INTEGER NOT NULL,
  business_day TEXT NOT NULL,
  -- The ticket (and counter) as they were right after the change, for replay to screens.
  payload      TEXT NOT NULL
) STRICT;
CREATE INDEX events_ticket ON events (ticket_id);
CREATE INDEX events_day_type ON events (business_day, type);

CREATE TABLE ratings (
  ticket_id  INTEGER PRIMARY KEY REFERENCES tickets(id),
  score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment    TEXT,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE idempotency_keys (
  key        TEXT PRIMARY KEY,
  ticket_id  INTEGER NOT NULL REFERENCES tickets(id),
  service_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
`;
