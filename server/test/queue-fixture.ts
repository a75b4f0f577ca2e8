// A queue on a real in-memory SQLite database with the demo office and a hand-moved clock.
import type { Priority } from '@oss/shared';
import { ManualClock } from '../src/clock.js';
import { openDatabase } from '../src/db/open.js';
import { Queue } from '../src/queue/queue.js';
import { seedDemo } from '../src/seed.js';

/** 10:00 in Bangkok on a Wednesday. */
export const MORNING = '2026-11-25T03:00:00.000Z';

export function queueFixture(start: string = MORNING) {
  const db = openDatabase(':memory:');
  const clock = new ManualClock(start);
  const queue = new Queue({ db, clock, timeZone: 'Asia/Bangkok' });
  seedDemo(db, queue);
  const service = (code: string) => queue.services().find((s) => s.code === code)!.id;
  const issue = (code: string, priority: Priority = 'none') => {
    const t = queue.issue({ serviceId: service(code), priority }).ticket;
    clock.advance(1000);
    return t;
  };
  return { db, clock, queue, service, issue };
}
