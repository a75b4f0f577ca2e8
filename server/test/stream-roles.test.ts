// The stream's contract per role, checked by the compiler (this file is type-checked with the
// tests): a public screen's handle has no room for a whole ticket, a staff name or an alert, and
// a display's live connection is typed as holding public tickets only. Each `@ts-expect-error`
// fails the type-check if the mistake under it ever compiles.
import {
  toPublicTicket,
  type Alert,
  type LiveState,
  type PublicEventOnly,
  type PublicServerEvents,
  type PublicTicket,
  type PublicTicketOnly,
  type QueueEvent,
  type Snapshot,
  type StaffServerEvents,
  type Ticket,
} from '@oss/shared';
import type { LiveEvent, LiveOptions } from '@oss/shared/client';
import { describe, expectTypeOf, it } from 'vitest';
import { toPublicEvent, toPublicSnapshot, type PublicRoom, type PublicSocket, type StaffRoom } from '../src/realtime/stream.js';

/** Never called: only compiled. */
export function sends(
  publicRoom: PublicRoom,
  publicSocket: PublicSocket,
  staffRoom: StaffRoom,
  e: QueueEvent,
  s: Snapshot,
  a: Alert,
) {
  const ticket: Ticket = e.ticket!;
  // What the stream sends compiles.
  publicRoom.emit('event', toPublicEvent(e));
  publicSocket.emit('snapshot', toPublicSnapshot(s));
  staffRoom.emit('event', e);
  staffRoom.emit('snapshot', s);
  staffRoom.emit('alert', a);

  // @ts-expect-error a whole ticket (tracking code, priority, note) on the public channel
  publicRoom.emit('event', { ...toPublicEvent(e), ticket });
  // @ts-expect-error the staff event as it is (its counter names who is signed in)
  publicRoom.emit('event', e);
  // @ts-expect-error the staff snapshot to one public socket
  publicSocket.emit('snapshot', s);
  // @ts-expect-error a public snapshot with a whole ticket among its tickets
  publicSocket.emit('snapshot', { ...toPublicSnapshot(s), tickets: [ticket] });
  // @ts-expect-error alerts are for staff sockets
  publicRoom.emit('alert', a);
}

describe('the stream typed by role', () => {
  it('refuses a whole ticket where a public one goes', () => {
    expectTypeOf<Ticket>().not.toExtend<PublicTicketOnly>();
    expectTypeOf(toPublicTicket).returns.toExtend<PublicTicketOnly>();
    expectTypeOf<Parameters<PublicServerEvents['event']>[0]>().toEqualTypeOf<PublicEventOnly>();
    expectTypeOf<Parameters<StaffServerEvents['event']>[0]>().toEqualTypeOf<QueueEvent>();
    expectTypeOf<PublicServerEvents>().not.toHaveProperty('alert');
  });

  it('types a screen’s live connection by its role', () => {
    expectTypeOf<Parameters<LiveOptions<'display'>['onState']>[0]>().toEqualTypeOf<LiveState<PublicTicket>>();
    expectTypeOf<Parameters<LiveOptions<'counter'>['onState']>[0]>().toEqualTypeOf<LiveState<Ticket>>();
    expectTypeOf<LiveEvent<'kiosk'>>().toEqualTypeOf<PublicEventOnly>();
    expectTypeOf<LiveEvent<'counter'>>().toEqualTypeOf<QueueEvent>();
  });
});
