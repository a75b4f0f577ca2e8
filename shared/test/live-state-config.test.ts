// config.changed (an admin changed services, counters or office settings) makes a screen take a
// fresh snapshot, like day.closed; counter.updated carries who is signed in.
import { describe, expect, it } from 'vitest';
import { applyEvent, fromSnapshot, type Snapshot } from '@oss/shared';

const snapshot: Snapshot = {
  version: 5,
  businessDay: '2026-11-25',
  serverTime: '2026-11-25T03:00:00.000Z',
  office: { name: { th: 'สำนักงาน', en: 'Office' }, timezone: 'Asia/Bangkok' },
  services: [],
  counters: [
    { id: 1, name: 'ช่อง 1', names: { th: 'ช่อง 1', en: 'Desk 1' }, serviceIds: [], open: true, current: null, staff: null },
  ],
  tickets: [],
  recentCalls: [],
};

describe('live state and admin changes', () => {
  it('asks for a snapshot on config.changed', () => {
    const state = fromSnapshot(snapshot);
    const result = applyEvent(state, {
      version: 6,
      type: 'config.changed',
      at: snapshot.serverTime,
      businessDay: '2026-11-25',
      ticket: null,
    });
    expect(result.kind).toBe('resync');
  });

  it('takes the signed-in staff member from counter.updated', () => {
    const state = fromSnapshot(snapshot);
    const counter = { ...snapshot.counters[0]!, staff: { id: 7, displayName: 'สมชาย' } };
    const { current: _current, ...info } = counter;
    const result = applyEvent(state, {
      version: 6,
      type: 'counter.updated',
      at: snapshot.serverTime,
      businessDay: '2026-11-25',
      ticket: null,
      counter: info,
    });
    expect(result.kind).toBe('applied');
    if (result.kind === 'applied') expect(result.state.counters[0]!.staff).toEqual({ id: 7, displayName: 'สมชาย' });
  });
});
