// The Socket.IO stream (docs/design.md §4.4): a snapshot on connect (or the missed events, marked
// `replayed`), then every event in version order. Staff sockets get whole tickets; display and
// kiosk sockets only public fields, through handles typed by their role's map. A staff socket
// lives only as long as its login: it is dropped when the login ends (logout, deactivation, a new
// password: Sessions tells the stream) or expires (checked before anything is sent to staff).
import type { Server as HttpServer } from 'node:http';
import {
  SocketAuth,
  toPublicTicket,
  type Alert,
  type ClientEvents,
  type PublicEventOnly,
  type PublicServerEvents,
  type PublicSnapshotOnly,
  type QueueEvent,
  type ServerEvents,
  type Snapshot,
  type StaffServerEvents,
} from '@oss/shared';
import { Server, type BroadcastOperator, type Socket } from 'socket.io';
import type { Sessions } from '../auth/sessions.js';
import type { Queue } from '../queue/queue.js';

/** Beyond this many missed events a fresh snapshot is cheaper than the replay. */
const MAX_REPLAY = 500;
/** The least time between two snapshots to one socket. */
const SNAPSHOT_INTERVAL_MS = 250;
/** How often every staff socket's login is checked against the database, whatever announced its end. */
const SESSION_SWEEP_MS = 30_000;

const STAFF = 'staff';
const PUBLIC = 'public';

// Who is signed in at a counter is for staff screens only.
export function toPublicEvent(e: QueueEvent): PublicEventOnly {
  if (!e.counter) return { ...e, counter: e.counter, ticket: e.ticket && toPublicTicket(e.ticket) };
  const { staff: _staff, ...counter } = e.counter;
  return { ...e, ticket: e.ticket && toPublicTicket(e.ticket), counter };
}

export function toPublicSnapshot(s: Snapshot): PublicSnapshotOnly {
  return {
    ...s,
    counters: s.counters.map(({ staff: _staff, ...c }) => ({ ...c, current: c.current && toPublicTicket(c.current) })),
    tickets: s.tickets.map(toPublicTicket),
  };
}

interface SocketData {
  staff: boolean;
  lastSnapshotAt: number;
  /** A staff socket's login. */
  session: { userId: number; tokenHash: string; expiresAt: number } | null;
}

type StreamSocket = Socket<ClientEvents, ServerEvents, Record<string, never>, SocketData>;

// Everything is sent through a handle typed by its role's map (shared/src/events.ts), so handing a
// whole ticket or a staff name to a public screen does not compile.
export type StaffRoom = BroadcastOperator<StaffServerEvents, SocketData>;
export type PublicRoom = BroadcastOperator<PublicServerEvents, SocketData>;
type StaffSocket = Socket<ClientEvents, StaffServerEvents, Record<string, never>, SocketData>;
export type PublicSocket = Socket<ClientEvents, PublicServerEvents, Record<string, never>, SocketData>;

/** What one socket is sent, each through its role's handle. */
interface Outbox {
  snapshot(snapshot: Snapshot): void;
  event(event: QueueEvent): void;
  /** Staff only: public screens get no alerts. */
  alert(alert: Alert): void;
}

function outbox(socket: StreamSocket): Outbox {
  if (socket.data.staff) {
    const staff: StaffSocket = socket;
    return {
      snapshot: (s) => staff.emit('snapshot', s),
      event: (e) => staff.emit('event', e),
      alert: (a) => staff.emit('alert', a),
    };
  }
  const open: PublicSocket = socket;
  return {
    snapshot: (s) => open.emit('snapshot', toPublicSnapshot(s)),
    event: (e) => open.emit('event', toPublicEvent(e)),
    alert: () => undefined,
  };
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

  // Every connection, a reconnect too, shows a live login for a staff socket.
  io.use((socket, next) => {
    const auth = SocketAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('bad-auth'));
    const staff = auth.data.role === 'counter';
    const session = staff ? sessions.session(auth.data.token) : undefined;
    if (staff && !session) return next(new Error('unauthorized'));
    socket.data = {
      staff,
      lastSnapshotAt: 0,
      session: session ? { userId: session.user.id, tokenHash: session.tokenHash, expiresAt: session.expiresAt } : null,
    };
    next();
  });

  // Staff sockets by user, and the earliest expiry among them: the check before each staff emit is
  // one clock read until a login is due to expire.
  const staffSockets = new Map<number, Set<StreamSocket>>();
  let nextExpiry = Infinity;
  const forget = (socket: StreamSocket) => {
    const session = socket.data.session;
    if (!session) return;
    const mine = staffSockets.get(session.userId);
    mine?.delete(socket);
    if (mine?.size === 0) staffSockets.delete(session.userId);
  };
  // Out of the rooms at once, so nothing more is sent to it; the client hears "io server
  // disconnect", reconnects once, and is refused with `unauthorized` (shared/client/live.ts).
  const drop = (socket: StreamSocket) => {
    forget(socket);
    socket.disconnect(true);
  };
  const dropExpired = () => {
    if (!sessions.hasPassed(nextExpiry)) return;
    nextExpiry = Infinity;
    for (const mine of [...staffSockets.values()]) {
      for (const socket of [...mine]) {
        const { expiresAt } = socket.data.session!;
        if (sessions.hasPassed(expiresAt)) drop(socket);
        else nextExpiry = Math.min(nextExpiry, expiresAt);
      }
    }
  };
  const dropEnded = (sockets: Iterable<StreamSocket>) => {
    for (const socket of [...sockets]) if (!sessions.isLive(socket.data.session!.tokenHash)) drop(socket);
  };
  const unsubscribeEnded = sessions.onEnded((userId) => dropEnded(staffSockets.get(userId) ?? []));
  const sweep = setInterval(() => {
    dropExpired();
    dropEnded([...staffSockets.values()].flatMap((mine) => [...mine]));
  }, SESSION_SWEEP_MS);
  sweep.unref();

  const sendSnapshot = (socket: StreamSocket) => {
    if (socket.data.session && sessions.hasPassed(socket.data.session.expiresAt)) return drop(socket);
    const snap = queue.snapshot();
    socket.data.lastSnapshotAt = Date.now();
    outbox(socket).snapshot(snap);
  };

  io.on('connection', (socket) => {
    const { staff, session } = socket.data;
    if (session) {
      // Socket.IO connects a tick after the check above: a login that ended in between counts.
      if (!sessions.isLive(session.tokenHash)) return void socket.disconnect(true);
      const mine = staffSockets.get(session.userId) ?? new Set();
      staffSockets.set(session.userId, mine.add(socket));
      nextExpiry = Math.min(nextExpiry, session.expiresAt);
    }
    const since = SocketAuth.parse(socket.handshake.auth).since;
    // Everything below runs synchronously: no event can be published between the replay read
    // and joining the room, so the client sees every version exactly once.
    socket.join(staff ? STAFF : PUBLIC);
    const latest = queue.log.latestVersion();
    const out = outbox(socket);
    if (since !== undefined && since <= latest && latest - since <= MAX_REPLAY && since >= queue.log.oldestVersion() - 1) {
      // Marked, so a screen knows history from news (the TV says only news) without guessing.
      for (const e of queue.log.since(since, MAX_REPLAY)) out.event({ ...e, replayed: true });
    } else {
      sendSnapshot(socket);
    }
    if (staff && alerts) for (const a of alerts.active()) out.alert(a);
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
      forget(socket);
    });
  });

  const staffRoom: StaffRoom = io.to(STAFF);
  const publicRoom: PublicRoom = io.to(PUBLIC);
  const unsubscribe = queue.onEvents((events) => {
    dropExpired();
    for (const e of events) {
      staffRoom.emit('event', e);
      publicRoom.emit('event', toPublicEvent(e));
    }
  });

  const unsubscribeAlerts = alerts?.onAlert((a) => {
    dropExpired();
    staffRoom.emit('alert', a);
  });

  return {
    io,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        unsubscribe();
        unsubscribeAlerts?.();
        unsubscribeEnded();
        clearInterval(sweep);
        // Not io.close(), which closes the HTTP server (Fastify's close does that), and not
        // disconnectSockets(), after which clients would not reconnect: dropping the transports
        // makes every screen reconnect by itself once a hub is back.
        io.engine.close();
        resolve();
      }),
  };
}
