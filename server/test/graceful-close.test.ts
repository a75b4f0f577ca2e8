// The hub's graceful stop ends even when a client will not let go, and leaves no connection behind:
// a request whose body never comes (it would outlive the stop, talking to a closed database), a
// websocket nobody answers any more (Node's server close waits for it: an upgraded socket is not
// even listed as a request).
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE } from '../src/db/open.js';
import { trackConnections } from '../src/http/graceful-close.js';
import { startTestHub } from '../../test/support/hub.js';

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

function raw(port: number, text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      resolve(socket);
    });
    // Read (and drop) what comes, so that the end of the connection is seen.
    socket.resume();
    socket.on('error', reject);
  });
}

describe('graceful stop with a deadline', () => {
  it('destroys an upgraded socket that no handler will ever end, and the server closes', async () => {
    const server = createServer();
    // An upgrade taken and then forgotten: the socket stays open for as long as the client likes.
    server.on('upgrade', () => undefined);
    const tracker = trackConnections(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = await raw(port, 'GET /x HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n');
    await expect.poll(() => tracker.open, { timeout: 10_000 }).toBe(1);
    const gone = closed(client);
    await tracker.closeWithin(
      () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
      100,
    );
    await gone;
    await expect.poll(() => tracker.open, { timeout: 10_000 }).toBe(0);
  });

  it('stops a hub while a client holds a request open with a body that never comes', async () => {
    const hub = await startTestHub();
    try {
      // Headers say 100 bytes of body; 10 come. The hub's own body timeout is far longer than a stop.
      const client = await raw(
        hub.port,
        'POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"service',
      );
      const gone = closed(client);
      const server = hub.hub.app.server;
      const connections = () => new Promise<number>((resolve) => server.getConnections((_err, n) => resolve(n)));
      await expect.poll(connections, { timeout: 10_000 }).toBe(1);
      await hub.close();
      await gone;
      // Nothing half-made: the request never got its body, so no ticket exists.
      const file = new Database(join(hub.dataDir, DB_FILE), { readonly: true });
      expect(file.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
      file.close();
    } finally {
      await hub.dispose();
    }
  });
});
