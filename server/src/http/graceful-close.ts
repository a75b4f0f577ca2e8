// A graceful stop with a deadline, and nothing left behind. After the stream has dropped the
// screens, a connection that still hangs on (a request whose body never comes, a websocket the
// stream no longer knows of, which the HTTP server does not list as a request) either holds the
// server's close for as long as it likes (systemd's 15 s, a test's timeout) or outlives it, still
// talking to a hub whose database is about to close. Connections still open `graceMs` after the
// close began, or when it ends, are destroyed. Each change is its own transaction, so a cut request
// either committed or did not, and a client retries (tickets with their Idempotency-Key).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export const CLOSE_GRACE_MS = 2000;

export interface ConnectionTracker {
  /** Runs `close` (the server's close), destroying what is still open after graceMs. */
  closeWithin(close: () => Promise<void>, graceMs?: number): Promise<void>;
  /** Connections open now (upgraded ones included). */
  readonly open: number;
}

/** Tracks every TCP connection of `server` from now on; call before it listens. */
export function trackConnections(server: Server): ConnectionTracker {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    get open() {
      return sockets.size;
    },
    async closeWithin(close, graceMs = CLOSE_GRACE_MS) {
      const destroyAll = () => {
        for (const socket of sockets) socket.destroy();
      };
      const deadline = setTimeout(destroyAll, graceMs);
      deadline.unref();
      try {
        await close();
      } finally {
        clearTimeout(deadline);
        destroyAll();
      }
    },
  };
}
