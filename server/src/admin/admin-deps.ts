// What the admin modules share: the database, the queue (whose transaction and events admin changes
// to services and counters ride on), the audit log and the clock.
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import type { Queue } from '../queue/queue.js';
import type { AuditRepo } from './audit-repo.js';

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
