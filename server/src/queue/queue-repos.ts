// The repositories the queue's parts share, opened once per queue on the hub's database.
import { CounterRepo } from '../counters/counter-repo.js';
import { CounterSessionRepo } from '../counters/counter-session-repo.js';
import type { Db } from '../db/open.js';
import { EventLog } from '../events/event-log.js';
import { ServiceRepo } from '../services/service-repo.js';
import { SettingsRepo } from '../settings/settings-repo.js';
import { TicketRepo } from '../tickets/ticket-repo.js';
import { IdempotencyKeys } from './idempotency-keys.js';

export interface QueueRepos {
  tickets: TicketRepo;
  serviceRepo: ServiceRepo;
  counterRepo: CounterRepo;
  log: EventLog;
  settings: SettingsRepo;
  counterSessions: CounterSessionRepo;
  idempotency: IdempotencyKeys;
}

export function openQueueRepos(db: Db): QueueRepos {
  return {
    tickets: new TicketRepo(db),
    serviceRepo: new ServiceRepo(db),
    counterRepo: new CounterRepo(db),
    log: new EventLog(db),
    settings: new SettingsRepo(db),
    counterSessions: new CounterSessionRepo(db),
    idempotency: new IdempotencyKeys(db),
  };
}
