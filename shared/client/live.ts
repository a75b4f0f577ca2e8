// One live connection to the hub per screen. Socket.IO does the reconnecting; this keeps the
// screen's state in step: a snapshot on connect, events in version order, a snapshot request on a
// gap or a new day, and `since` on reconnect so the hub can replay what was missed.
import {
  applyEvent,
  fromSnapshot,
  type Alert,
  type ClientEvents,
  type LiveState,
  type ServerEvents,
  type ServerEventsFor,
  type SocketRole,
  type TicketFor,
} from '@oss/shared';
import { io, type Socket } from 'socket.io-client';

export type LinkStatus = 'connecting' | 'online' | 'offline';

/** An event as a socket of this role gets it: whole tickets for staff, public views otherwise. */
export type LiveEvent<R extends SocketRole> = Parameters<ServerEventsFor<R>['event']>[0];

/** Typed by the role: a display's state and events hold public tickets only. */
export interface LiveOptions<R extends SocketRole> {
  role: R;
  token?: string;
  /** Hub URL; defaults to the page's origin. */
  url?: string;
  onState: (state: LiveState<TicketFor<R>>) => void;
  onStatus: (status: LinkStatus) => void;
  /**
   * Each event after it is applied (e.g. the display's voice calls). `replayed` is true for the
   * events the hub replayed after a reconnect (it marks them), false for news.
   */
  onEvent?: (event: LiveEvent<R>, replayed: boolean) => void;
  onAuthError?: (message: string) => void;
  /** Staff sockets: each alert raised or cleared (printer out of paper, …). */
  onAlert?: (alert: Alert) => void;
}

export interface LiveConnection {
  close: () => void;
  requestSnapshot: () => void;
}

export function connectLive<R extends SocketRole>(opts: LiveOptions<R>): LiveConnection {
  type T = TicketFor<R>;
  let state: LiveState<T> | null = null;
  // Either role's map: the hub sends this role's payloads (shared/src/events.ts, ServerEventsFor).
  const socket: Socket<ServerEvents, ClientEvents> = io(opts.url ?? window.location.origin, {
    // A function, so each reconnect sends the version this screen has reached.
    auth: (cb) =>
      cb({ role: opts.role, ...(opts.token ? { token: opts.token } : {}), ...(state ? { since: state.version } : {}) }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 1000,
    randomizationFactor: 0.3,
    timeout: 2000,
    transports: ['websocket'],
  });

  opts.onStatus('connecting');
  socket.on('connect', () => opts.onStatus('online'));
  socket.on('disconnect', (reason) => {
    opts.onStatus('offline');
    // Socket.IO only retries by itself after a lost transport; a hub that dropped us on purpose
    // (e.g. while restarting) gets one explicit reconnect, which then uses the built-in back-off.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (err) => {
    opts.onStatus('offline');
    if (err.message === 'unauthorized') {
      opts.onAuthError?.(err.message);
      socket.disconnect();
    }
  });
  socket.on('alert', (alert) => opts.onAlert?.(alert));
  socket.on('snapshot', (snapshot) => {
    state = fromSnapshot<T>(snapshot);
    opts.onState(state);
  });
  socket.on('event', (event) => {
    if (!state) return;
    const result = applyEvent(state, event);
    if (result.kind === 'resync') {
      socket.emit('snapshot.request');
      return;
    }
    if (result.kind === 'stale') return;
    state = result.state;
    opts.onState(state);
    // The hub marks what it replays: history, which callers must not re-announce.
    opts.onEvent?.(event as LiveEvent<R>, event.replayed === true);
  });

  return {
    close: () => socket.close(),
    requestSnapshot: () => socket.emit('snapshot.request'),
  };
}
