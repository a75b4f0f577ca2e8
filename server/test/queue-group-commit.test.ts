// Group commit (QueueEngine.writeSoon): tickets asked for in one turn of the event loop share a
// transaction, each in its own savepoint; nobody hears of a ticket before it is committed, a refused
// one is undone alone, and a transaction SQLite gives up on leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueEvent } from '@oss/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { openDatabase } from '../src/db/open.js';
import { AppError } from '../src/errors.js';
import { Queue } from '../src/queue/queue.js';
import { seedDemo } from '../src/seed.js';
import { MORNING, queueFixture } from './queue-fixture.js';

const count = (f: { db: ReturnType<typeof openDatabase> }) =>
  (f.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;

function listen(queue: Queue): QueueEvent[][] {
  const heard: QueueEvent[][] = [];
  queue.onEvents((events) => heard.push(events));
  return heard;
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('group commit of tickets', () => {
  it('commits the tickets of one turn together and answers each only after the commit', async () => {
    const f = queueFixture();
    const heard = listen(f.queue);
    const asked = Array.from({ length: 10 }, (_, i) => f.queue.issueSoon({ serviceId: f.service(i % 2 ? 'A' : 'B') }));
    // Nothing is written or told before the turn ends.
    expect(count(f)).toBe(0);
    expect(heard).toHaveLength(0);
    const issued = await Promise.all(asked);
    expect(count(f)).toBe(10);
    // One commit, one publication of all ten, in the order they were asked for.
    expect(heard).toHaveLength(1);
    expect(heard[0]!.map((e) => e.ticket!.id)).toEqual(issued.map((r) => r.ticket.id));
    expect(heard[0]!.map((e) => e.version)).toEqual([...heard[0]!.map((e) => e.version)].sort((a, b) => a - b));
    expect(issued.filter((r) => r.ticket.number.startsWith('A')).map((r) => r.ticket.number)).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
    ]);
    // Places as if issued one at a time.
    expect(issued.filter((r) => r.ticket.serviceId === f.service('B')).map((r) => r.ticket.position)).toEqual([1, 2, 3, 4, 5]);
    f.db.close();
  });

  it('undoes a refused ticket alone: the others keep their numbers, without a gap', async () => {
    const f = queueFixture();
    const heard = listen(f.queue);
    let refuseNext = false;
    f.queue.onEventsInTransaction(() => {
      if (refuseNext) throw new Error('outbox write failed');
    });
    const a = f.service('A');
    const asked = [
      f.queue.issueSoon({ serviceId: a }),
      f.queue.issueSoon({ serviceId: 999 }),
      f.queue.issueSoon({ serviceId: a }, 'key-1'),
      f.queue.issueSoon({ serviceId: f.service('B') }, 'key-1'),
      f.queue.issueSoon({ serviceId: a }),
    ];
    const settled = await Promise.allSettled(asked);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ status: 404, code: 'service-not-found' });
    expect((settled[3] as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: 'idempotency-key-reused' });
    const numbers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.ticket.number] : []));
    expect(numbers).toEqual(['A001', 'A002', 'A003']);
    expect(count(f)).toBe(3);
    expect(heard.flat().map((e) => e.ticket!.number)).toEqual(numbers);

    // A change whose in-transaction writer fails is rolled back to its savepoint only.
    refuseNext = true;
    await expect(f.queue.issueSoon({ serviceId: a })).rejects.toThrow('outbox write failed');
    refuseNext = false;
    const next = await f.queue.issueSoon({ serviceId: a });
    expect(next.ticket.number).toBe('A004');
    expect(count(f)).toBe(4);
    f.db.close();
  });

  it('replays an Idempotency-Key used twice in the same turn', async () => {
    const f = queueFixture();
    const [first, again] = await Promise.all([
      f.queue.issueSoon({ serviceId: f.service('C') }, 'kiosk-1:42'),
      f.queue.issueSoon({ serviceId: f.service('C') }, 'kiosk-1:42'),
    ]);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ticket: expect.objectContaining({ id: first.ticket.id }), replayed: true });
    expect(count(f)).toBe(1);
    f.db.close();
  });

  it('gives counters calling in the same turn different tickets, and refuses one without the others', async () => {
    const f = queueFixture();
    const a1 = f.issue('A');
    const a2 = f.issue('A');
    const b1 = f.issue('B');
    f.queue.call(2, null, b1.id); // counter 2 has a ticket called and not started: it may not call again
    const heard = listen(f.queue);
    const [one, two, busy] = await Promise.allSettled([
      f.queue.callSoon(1, null),
      f.queue.callSoon(2, null),
      f.queue.callSoon(9, null),
    ]);
    expect(one).toMatchObject({ status: 'fulfilled', value: { id: a1.id, status: 'called', counter: { id: 1 } } });
    expect(two).toMatchObject({ status: 'rejected', reason: { code: 'counter-busy' } });
    expect(busy).toMatchObject({ status: 'rejected', reason: { code: 'counter-not-found' } });
    // Started and called again in one turn: the start commits before counter 2's next call reads.
    const [started, next] = await Promise.all([f.queue.actSoon(b1.id, 'start', null), f.queue.callSoon(2, null)]);
    expect(started.status).toBe('serving');
    expect(next).toMatchObject({ id: a2.id, counter: { id: 2 } });
    expect(f.queue.tickets.byId(b1.id)!.status).toBe('done');
    expect(heard.flat().map((e) => [e.type, e.ticket!.id])).toEqual([
      ['ticket.called', a1.id],
      ['ticket.started', b1.id],
      ['ticket.completed', b1.id],
      ['ticket.called', a2.id],
    ]);
    f.db.close();
  });

  it('commits a burst larger than one group in several, all answered', async () => {
    const f = queueFixture();
    const heard = listen(f.queue);
    const issued = await Promise.all(Array.from({ length: 150 }, () => f.queue.issueSoon({ serviceId: f.service('D') })));
    expect(new Set(issued.map((r) => r.ticket.number)).size).toBe(150);
    expect(count(f)).toBe(150);
    expect(heard.length).toBeGreaterThanOrEqual(3);
    expect(heard.flat()).toHaveLength(150);
    f.db.close();
  });

  it('when the disk fills mid-group, every caller hears so and what was answered is what stands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oss-group-'));
    dirs.push(dir);
    const db = openDatabase(dir);
    const clock = new ManualClock(MORNING);
    const queue = new Queue({ db, clock, timeZone: 'Asia/Bangkok' });
    seedDemo(db, queue);
    const heard = listen(queue);
    // The file may grow by a few pages only: some of the burst fits, the rest meets SQLITE_FULL.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 3}`);
    const settled = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => queue.issueSoon({ serviceId: 1 + (i % 8) })));
    const answered = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.ticket.id] : []));
    const refused = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.reason).not.toBeInstanceOf(AppError);
    const stored = (db.prepare('SELECT id FROM tickets ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
    expect(stored).toEqual([...answered].sort((a, b) => a - b));
    expect(heard.flat().map((e) => e.ticket!.id)).toEqual(answered);
    // With room again, the hub goes on with the next number.
    db.pragma('max_page_count = 1073741823');
    const next = await queue.issueSoon({ serviceId: 1 });
    expect(next.ticket.id).toBeGreaterThan(Math.max(0, ...stored));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
