// A network ticket printer for tests: a TCP server on 127.0.0.1 that answers DLE EOT 4 with the
// paper status it is set to (or stays silent, like printers that never answer) and keeps every
// byte each connection sent.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DLE_EOT_PAPER, PAPER_BYTES } from '@oss/shared';
import { until } from '../../../test/support/until.js';

export type FakePaper = 'ok' | 'near-end' | 'out' | 'silent';

export interface FakePrinter {
  port: number;
  /** OSS_PRINTER for this printer, with optional profile parameters. */
  url(params?: Record<string, string>): string;
  /** The paper status it reports from the next connection on. */
  paper: FakePaper;
  /** Every connection's bytes, in order, once the client closed it. */
  jobs: Buffer[];
  /** Waits until `n` connections have ended. */
  waitForJobs(n: number, ms?: number): Promise<Buffer[]>;
  /** Switches the printer off (connections refused) or on again, on the same port. */
  setOnline(online: boolean): Promise<void>;
  close(): Promise<void>;
}

const STATUS: Record<Exclude<FakePaper, 'silent'>, number> = {
  ok: PAPER_BYTES.ok,
  'near-end': PAPER_BYTES.nearEnd,
  out: PAPER_BYTES.out,
};

export async function startFakePrinter(paper: FakePaper = 'ok'): Promise<FakePrinter> {
  const sockets = new Set<Socket>();
  let server = createServer(onConnection);
  function onConnection(socket: Socket): void {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let answered = false;
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      // Real-time command, answered at once, before any job data (as a real printer does).
      if (!answered && all.length >= 3 && all.subarray(0, 3).equals(DLE_EOT_PAPER)) {
        answered = true;
        if (printer.paper !== 'silent') socket.write(Buffer.from([STATUS[printer.paper]]));
      }
    });
    socket.on('end', () => {
      printer.jobs.push(Buffer.concat(chunks));
      socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  }
  const listen = (at: number) => new Promise<void>((resolve) => server.listen(at, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;

  const printer: FakePrinter = {
    port,
    paper,
    jobs: [],
    url(params = {}) {
      const query = new URLSearchParams(params).toString();
      return `tcp://127.0.0.1:${port}${query ? `?${query}` : ''}`;
    },
    async waitForJobs(n, ms = 3000) {
      await until(
        () => printer.jobs.length >= n,
        () => `${n} print jobs, got ${printer.jobs.length}`,
        ms,
      );
      return printer.jobs;
    },
    async setOnline(online) {
      if (online === server.listening) return;
      if (!online) return stop();
      server = createServer(onConnection);
      await listen(port);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
  return printer;
}

/** A port with nothing listening on it: a printer that is off. */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
