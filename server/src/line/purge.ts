// Retention (docs/design.md §3.7, PDPA): LINE user ids linked to tickets, and the pushes that carried them,
// are deleted after the retention period. The relay runs this once a day.
import type { Db } from '../db/open.js';
import type { LinksRepo } from './links-repo.js';
import type { OutboxRepo } from './outbox-repo.js';
import type { SeenEventsRepo } from './seen-events-repo.js';

const DAY = 24 * 3600_000;
// LINE redelivers a failed webhook for a limited time only; a week of ids covers it.
const SEEN_EVENTS_DAYS = 7;

export interface PurgeResult {
  links: number;
  outbox: number;
  webhookEvents: number;
}

export interface PurgeDeps {
  db: Db;
  links: LinksRepo;
  outbox: OutboxRepo;
  seen: SeenEventsRepo;
  retentionDays: number;
}

export function purgeLineData({ db, links, outbox, seen, retentionDays }: PurgeDeps, now: number): PurgeResult {
  const cutoff = now - retentionDays * DAY;
  const seenCutoff = now - Math.min(retentionDays, SEEN_EVENTS_DAYS) * DAY;
  return db
    .transaction(() => ({
      links: links.purgeLinkedBefore(cutoff),
      outbox: outbox.purgeCreatedBefore(cutoff),
      webhookEvents: seen.purgeBefore(seenCutoff),
    }))
    .immediate();
}
