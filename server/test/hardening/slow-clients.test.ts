// Slow and idle clients cannot hold the hub's connections: headers must be in within headersMs, a
// JSON body within bodyMs (408 in the error shape, then the connection closes), a document upload
// has uploadMs (a phone's slow uplink), and connections past maxConnections are refused. Raw TCP
// sockets to 127.0.0.1 play the slow client, a byte at a time.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '@oss/shared';
import { DEFAULT_HTTP_LIMITS } from '../../src/http/slow-clients.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, PDF } from '../portal/portal-kit.js';

interface RawClient {
  socket: Socket;
  received: () => string;
  /** Resolves when the hub closes (or resets) the connection. */
  closed: Promise<void>;
  isClosed: () => boolean;
}

async function open(port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  let done = false;
  socket.on('data', (d: Buffer) => (data += d.toString('utf8')));
  const closed = new Promise<void>((resolve) => {
    socket.on('close', () => {
      done = true;
      resolve();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => data, closed, isClosed: () => done };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `bytes` one at a time, `everyMs` apart, until they are all out or the hub has closed the
 * connection; true when the hub closed it first.
 */
async function trickle(client: RawClient, bytes: string, everyMs: number): Promise<boolean> {
  for (const ch of bytes) {
    if (client.isClosed()) return true;
    client.socket.write(ch);
    await wait(everyMs);
  }
  return client.isClosed();
}

function expectTimeoutAnswer(text: string): void {
  expect(text).toMatch(/^HTTP\/1\.1 408 /);
  const json = text.slice(text.indexOf('\r\n\r\n') + 4);
  expect(ErrorBody.parse(JSON.parse(json)).error.code).toBe('bad-request');
}

describe('the defaults', () => {
  it('bound headers, requests and keep-alive, and cap the connections', async () => {
    const hub = await startTestHub();
    try {
      const server = hub.hub.app.server;
      expect(server.headersTimeout).toBe(10_000);
      expect(server.requestTimeout).toBe(DEFAULT_HTTP_LIMITS.uploadMs);
      expect(DEFAULT_HTTP_LIMITS.uploadMs).toBeGreaterThanOrEqual(160_000);
      expect(server.keepAliveTimeout).toBe(10_000);
      expect(server.maxConnections).toBe(5000);
      expect(DEFAULT_HTTP_LIMITS.bodyMs).toBe(30_000);
    } finally {
      await hub.dispose();
    }
  });
});

describe('slow clients', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ http: { headersMs: 1000, bodyMs: 600, uploadMs: 60_000, checkEveryMs: 100 } });
  });
  afterAll(() => hub.dispose());

  it('cuts off a JSON body trickled a byte at a time, with 408 in the error shape', async () => {
    const version = hub.hub.queue.log.latestVersion();
    const body = `{"serviceId":1${' '.repeat(300)}}`;
    const client = await open(hub.port);
    client.socket.write(
      `POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    // 300-odd bytes, 50 ms apart, would take over 15 s: the hub closes long before.
    expect(await trickle(client, body, 50)).toBe(true);
    await client.closed;
    expectTimeoutAnswer(client.received());
    expect(hub.hub.queue.log.latestVersion()).toBe(version);
  });

  it('cuts off headers trickled a byte at a time', async () => {
    const client = await open(hub.port);
    client.socket.write('GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    expect(await trickle(client, `X-Slow: ${'a'.repeat(400)}\r\n\r\n`, 50)).toBe(true);
    await client.closed;
    expectTimeoutAnswer(client.received());
  });

  it('closes a connection that sends nothing', async () => {
    const client = await open(hub.port);
    await client.closed;
    expectTimeoutAnswer(client.received());
  });

  it('gives a document upload longer than a JSON body', async () => {
    const citizen = new CitizenClient(hub);
    await citizen.register();
    const draftId = await citizen.draftRequest();
    const client = await open(hub.port);
    client.socket.write(
      `PUT /api/v1/requests/${draftId}/documents?name=a.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        `Cookie: ${citizen.cookie}\r\nContent-Type: application/pdf\r\nContent-Length: ${PDF.length}\r\nConnection: close\r\n\r\n`,
    );
    client.socket.write(PDF.subarray(0, 10));
    // Three times a JSON body's deadline: a slow phone's upload is still going.
    await wait(1800);
    expect(client.isClosed()).toBe(false);
    client.socket.write(PDF.subarray(10));
    await client.closed;
    expect(client.received()).toMatch(/^HTTP\/1\.1 201 /);
  });
});

describe('the connection cap', () => {
  it('refuses connections past maxConnections, and takes them again when some close', async () => {
    const hub = await startTestHub({ http: { maxConnections: 4 } });
    try {
      const held = await Promise.all([0, 1, 2, 3].map(() => open(hub.port)));
      await expect.poll(() => new Promise((r) => hub.hub.app.server.getConnections((_e, n) => r(n)))).toBe(4);
      const extra = await open(hub.port);
      await extra.closed;
      expect(extra.received()).toBe('');
      for (const c of held) c.socket.destroy();
      await expect.poll(() => new Promise((r) => hub.hub.app.server.getConnections((_e, n) => r(n)))).toBe(0);
      expect((await fetch(`${hub.url}/api/v1/health`)).status).toBe(200);
    } finally {
      await hub.dispose();
    }
  });
});
