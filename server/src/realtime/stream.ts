// The Socket.IO stream (docs/design.md §4.4): a snapshot on connect, then every event in version order.
// Staff sockets get whole tickets; display and kiosk sockets only public fields.
import type { Server as HttpServer } from 'node:http';
import {
  SocketAuth,
  toPublicTicket,
  type Alert,
  type ClientEvents,
  type PublicQueueEvent,
  type PublicSnapshot,
  type QueueEvent,
  type ServerEvents,
  type Snapshot,
} from '@oss/shared';
import { Server } from 'socket.io';
import type { Sessions } from '../auth/sessions.js';
import type { Queue } from '../queue/queue.js';

/** Beyond this many missed events a fresh snapshot is cheaper than the replay. */
export const MAX_REPLAY = 500;
/** The least time between two snapshots to one socket. */
const SNAPSHOT_INTERVAL_MS = 250;

const STAFF = 'staff';
const PUBLIC = 'public';

// Who is signed in at a counter is for staff screens only.
export function toPublicEvent(e: QueueEvent): PublicQueueEvent {
  if (!e.counter) return { ...e, ticket: e.ticket && toPublicTicket(e.ticket) };
  const { staff: _staff, ...counter } = e.counter;
  return { ...e, ticket: e.ticket && toPublicTicket(e.ticket), counter };
}

export function toPublicSnapshot(s: Snapshot): PublicSnapshot {
  return {
    ...s,
    counters: s.counters.map(({ staff: _staff, ...c }) => ({ ...c, current: c.current && toPublicTicket(c.current) })),
    tickets: s.tickets.map(toPublicTicket),
  };
}

interface SocketData {
  staff: boolean;
  lastSnapshotAt: number;
}

/** Staff alerts that are not queue events (a printer out of paper): the active ones and each change. */
export interface AlertSource {
  active(): Alert[];
  onAlert(listener: (alert: Alert) => void): () => void;
}

export function createStream(httpServer: HttpServer, queue: Queue, sessions: Sessions, alerts?: AlertSource) {
  let closing = false;
  const io = new Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // A screen that reconnects while the hub stops is refused: a connection opened after the
    // transports were dropped would be kept alive by its pings and hold the HTTP server's close.
    allowRequest: (_req, answer) => answer(closing ? 'closing' : null, !closing),
    // A screen notices a lost hub within ~2 s (pingInterval + pingTimeout).
    pingInterval: 1000,
    pingTimeout: 1000,
    maxHttpBufferSize: 16 * 1024,
  });

  io.use((socket, next) => {
    const auth = SocketAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('bad-auth'));
    const staff = auth.data.role === 'counter';
    if (staff && !sessions.authenticate(auth.data.token)) return next(new Error('unauthorized'));
    socket.data = { staff, lastSnapshotAt: 0 };
    next();
  });

  const sendSnapshot = (socket: { data: SocketData; emit: (ev: 'snapshot', s: Snapshot | PublicSnapshot) => void }) => {
    const snap = queue.snapshot();
    socket.data.lastSnapshotAt = Date.now();
    socket.emit('snapshot', socket.data.staff ? snap : toPublicSnapshot(snap));
  };

  io.on('connection', (socket) => {
    const { staff } = socket.data;
    const since = SocketAuth.parse(socket.handshake.auth).since;
    // Everything below runs synchronously: no event can be published between the replay read
    // and joining the room, so the client sees every version exactly once.
    socket.join(staff ? STAFF : PUBLIC);
    const latest = queue.log.latestVersion();
    if (since !== undefined && since <= latest && latest - since <= MAX_REPLAY && since >= queue.log.oldestVersion() - 1) {
      for (const e of queue.log.since(since, MAX_REPLAY)) socket.emit('event', staff ? e : toPublicEvent(e));
    } else {
      sendSnapshot(socket);
    }
    if (staff && alerts) for (const a of alerts.active()) socket.emit('alert', a);
    // A confused client must not make the hub build snapshots in a loop: at most one per 250 ms.
    // A request inside that window is answered when it ends (dropping it would leave a screen
    // that needs a fresh state, after a day close say, stale until the next event).
    let pending: NodeJS.Timeout | null = null;
    socket.on('snapshot.request', () => {
      if (pending) return;
      const wait = socket.data.lastSnapshotAt + SNAPSHOT_INTERVAL_MS - Date.now();
      if (wait <= 0) return sendSnapshot(socket);
      pending = setTimeout(() => {
        pending = null;
        if (socket.connected) sendSnapshot(socket);
      }, wait);
    });
    socket.on('disconnect', () => {
      if (pending) clearTimeout(pending);
      pending = null;
    });
  });

  const unsubscribe = queue.onEvents((events) => {
    for (const e of events) {
      io.to(STAFF).emit('event', e);
      io.to(PUBLIC).emit('event', toPublicEvent(e));
    }
  });

  const unsubscribeAlerts = alerts?.onAlert((a) => io.to(STAFF).emit('alert', a));

  return {
    io,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        unsubscribe();
        unsubscribeAlerts?.();
        // Not io.close(), which closes the HTTP server (Fastify's close does that), and not
        // disconnectSockets(), after which clients would not reconnect: dropping the transports
        // makes every screen reconnect by itself once a hub is back.
        io.engine.close();
        resolve();
      }),
  };
}
