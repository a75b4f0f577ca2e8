// Builds the admin side of the hub (docs/admin-api.md) from the hub's parts: one place that wires the
// repositories, the admin modules, counter sign-in, reports and the automatic day close.
import type { Sessions } from '../auth/sessions.js';
import type { Clock } from '../clock.js';
import { CounterSignIn } from '../counters/counter-sign-in.js';
import type { Db } from '../db/open.js';
import { DeviceRepo } from '../devices/device-repo.js';
import { Devices } from '../devices/devices.js';
import { AutoDayClose } from '../queue/auto-close.js';
import type { Queue } from '../queue/queue.js';
import { ReportRepo } from '../reports/report-repo.js';
import { Reports } from '../reports/summary.js';
import { OfficeSettingsStore } from '../settings/office-settings.js';
import type { SecretBox } from '../settings/secret-box.js';
import { UserRepo } from '../users/user-repo.js';
import { AuditRepo } from './audit-repo.js';
import { CountersAdmin } from './counters-admin.js';
import { ServicesAdmin } from './services-admin.js';
import { SettingsAdmin } from './settings-admin.js';
import { TermsRepo } from './terms-repo.js';
import { UsersAdmin } from './users-admin.js';

/** What the admin modules share: the database, the queue (whose transaction and events admin
 * changes to services and counters ride on), the audit log and the clock. */
export interface AdminDeps {
  db: Db;
  queue: Queue;
  audit: AuditRepo;
  clock: Clock;
}

/** The logged-in user making a change. */
export interface Actor {
  id: number;
}

export interface AdminContextDeps {
  db: Db;
  queue: Queue;
  sessions: Sessions;
  clock: Clock;
  timeZone: string;
  /** Seals the secrets in the office settings (the install's key). */
  secrets: SecretBox;
  /** OSS_PUBLIC_URL, for the settings page's notice when it is missing. */
  publicUrl?: string | undefined;
  onError: (err: unknown) => void;
}

export function createAdminContext({ db, queue, sessions, clock, timeZone, secrets, publicUrl, onError }: AdminContextDeps) {
  const audit = new AuditRepo(db, clock);
  const base = { db, queue, audit, clock };
  const store = new OfficeSettingsStore(queue.settings, secrets);
  const signIns = new CounterSignIn({ queue, audit, clock });
  // A login that ends gives up the counter it held: forget who the queue remembers there.
  sessions.onEnded(() => queue.forgetHolders());
  return {
    audit,
    sessions,
    signIns,
    officeSettings: store,
    services: new ServicesAdmin(base),
    counters: new CountersAdmin(base),
    users: new UsersAdmin({ ...base, users: new UserRepo(db), signIns, sessions }),
    devices: new Devices({ ...base, devices: new DeviceRepo(db) }),
    settings: new SettingsAdmin({ ...base, store, terms: new TermsRepo(db), publicUrl }),
    reports: new Reports({ reports: new ReportRepo(db), queue, clock, timeZone }),
    autoClose: new AutoDayClose({ queue, clock, timeZone, audit, closeTime: () => store.office().dayCloseTime, onError }),
  };
}

export type AdminContext = ReturnType<typeof createAdminContext>;
