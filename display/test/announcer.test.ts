import { describe, expect, it } from 'vitest';
import { createAnnouncer, type CallAnnouncement } from '../src/renderer/announcer.js';

const call = (number: string, recall = false): CallAnnouncement => ({
  number,
  counterId: 1,
  counterName: { th: 'ช่องบริการ 1', en: 'Counter 1' },
  recall,
});

describe('announcer', () => {
  it('hands calls to speak one at a time, in the order they came', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(async (c) => {
      log.push(`start ${c.number}`);
      await new Promise((r) => setTimeout(r, c.number === 'A001' ? 30 : 1));
      log.push(`end ${c.number}`);
    });
    announcer.onCall(call('A001'));
    announcer.onCall(call('B002'));
    announcer.onCall(call('A001', true));
    await new Promise((r) => setTimeout(r, 100));
    expect(log).toEqual(['start A001', 'end A001', 'start B002', 'end B002', 'start A001', 'end A001']);
  });

  it('keeps going after a voice that fails', async () => {
    const spoken: string[] = [];
    const announcer = createAnnouncer(async (c) => {
      if (c.number === 'A001') throw new Error('no audio device');
      spoken.push(c.number);
    });
    announcer.onCall(call('A001'));
    announcer.onCall(call('A002'));
    await new Promise((r) => setTimeout(r, 20));
    expect(spoken).toEqual(['A002']);
  });
});
