import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer, type CallAnnouncement, type SkipReason } from '../src/renderer/announcer.js';

let nextId = 1;
const ids = new Map<string, number>();

function call(number: string, opts: { recall?: boolean; counterId?: number; receivedAt?: number } = {}): CallAnnouncement {
  if (!ids.has(number)) ids.set(number, nextId++);
  const counterId = opts.counterId ?? 1;
  return {
    ticketId: ids.get(number)!,
    number,
    counterId,
    counterName: { th: `ช่องบริการ ${counterId}`, en: `Counter ${counterId}` },
    recall: opts.recall ?? false,
    at: new Date().toISOString(),
    receivedAt: opts.receivedAt ?? Date.now(),
  };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Moves the fake timers on, running what falls due in order: no race with a busy machine. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('announcer', () => {
  it('hands calls to speak one at a time, in the order they came, each to its end', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(async (c) => {
      log.push(`start ${c.number}`);
      await tick(c.number === 'A001' ? 30 : 1);
      log.push(`end ${c.number}`);
    });
    announcer.onCall(call('A001'));
    announcer.onCall(call('B002'));
    announcer.onCall(call('C003'));
    await elapse(100);
    expect(log).toEqual(['start A001', 'end A001', 'start B002', 'end B002', 'start C003', 'end C003']);
  });

  it('keeps going after a voice that fails', async () => {
    const spoken: string[] = [];
    const announcer = createAnnouncer(async (c) => {
      if (c.number === 'A001') throw new Error('no audio device');
      spoken.push(c.number);
    });
    announcer.onCall(call('A001'));
    announcer.onCall(call('A002'));
    await elapse(20);
    expect(spoken).toEqual(['A002']);
  });

  it('does not say a recall twice while the ticket still waits its turn, but keeps the newest counter', async () => {
    const spoken: string[] = [];
    const skipped: Array<[string, SkipReason]> = [];
    const announcer = createAnnouncer(
      async (c) => {
        spoken.push(`${c.number}@${c.counterId}`);
        await tick(20);
      },
      { onSkip: (c, reason) => skipped.push([c.number, reason]) },
    );
    announcer.onCall(call('D001'));
    announcer.onCall(call('D002'));
    announcer.onCall(call('D003'));
    announcer.onCall(call('D002', { recall: true, counterId: 4 }));
    expect(announcer.pending()).toBe(2);
    await elapse(120);
    expect(spoken).toEqual(['D001@1', 'D002@4', 'D003@1']);
    expect(skipped).toEqual([['D002', 'duplicate']]);

    // Once said, a recall is news again.
    announcer.onCall(call('D002', { recall: true, counterId: 4 }));
    await elapse(40);
    expect(spoken.at(-1)).toBe('D002@4');
  });

  it('a recall of the ticket being said now is said again after it', async () => {
    const spoken: string[] = [];
    const announcer = createAnnouncer(async (c) => {
      spoken.push(c.number);
      await tick(20);
    });
    announcer.onCall(call('E001'));
    announcer.onCall(call('E001', { recall: true }));
    await elapse(80);
    expect(spoken).toEqual(['E001', 'E001']);
  });

  it('drops calls that waited longer than the limit instead of saying them late', async () => {
    const spoken: string[] = [];
    const skipped: string[] = [];
    const announcer = createAnnouncer(
      async (c) => {
        spoken.push(c.number);
        await tick(10);
      },
      { maxAgeMs: 30_000, onSkip: (c, reason) => skipped.push(`${c.number}:${reason}`) },
    );
    announcer.onCall(call('F001', { receivedAt: Date.now() - 31_000 }));
    announcer.onCall(call('F002'));
    await elapse(40);
    expect(spoken).toEqual(['F002']);
    expect(skipped).toEqual(['F001:stale']);
  });

  it('measures age with the hub clock when given one', async () => {
    const spoken: string[] = [];
    const announcer = createAnnouncer(async (c) => void spoken.push(c.number), {
      ageOf: (c) => (c.number === 'G001' ? 45_000 : 100),
    });
    announcer.onCall(call('G001'));
    announcer.onCall(call('G002'));
    await elapse(10);
    expect(spoken).toEqual(['G002']);
  });

  it('keeps at most maxPending calls waiting, dropping the oldest', async () => {
    const spoken: string[] = [];
    let release = () => {};
    const announcer = createAnnouncer(
      async (c) => {
        spoken.push(c.number);
        if (c.number === 'H000') await new Promise<void>((r) => (release = r));
      },
      { maxPending: 3 },
    );
    for (let i = 0; i <= 5; i++) announcer.onCall(call(`H00${i}`));
    expect(announcer.pending()).toBe(3);
    release();
    await elapse(10);
    expect(spoken).toEqual(['H000', 'H003', 'H004', 'H005']);
  });
});
