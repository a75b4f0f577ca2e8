// A small HTTP load generator: keep-alive connections, a fixed number of requests, latencies in ms.
import http from 'node:http';

export interface LoadResult {
  count: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  body: string;
}

/** One request on a keep-alive agent; network errors answer status 0. */
function send(agent: http.Agent, url: URL, req: Request): Promise<Answer> {
  return new Promise((resolve) => {
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        agent,
        headers: {
          ...(req.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(req.body) } : {}),
          ...req.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    r.on('error', () => resolve({ status: 0, body: '' }));
    r.end(req.body);
  });
}

/**
 * A JSON client for the calls that depend on each other's answers (log in, call then start): the
 * same keep-alive node:http requests as the load generator, which cost the shared cores far less
 * than fetch does.
 */
export function jsonClient(baseUrl: string, connections = 64) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    async post<T = Record<string, unknown>>(
      path: string,
      body: unknown = {},
      token?: string,
    ): Promise<{ status: number; json: T }> {
      const res = await send(agent, url, {
        method: 'POST',
        path,
        body: JSON.stringify(body),
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      });
      return { status: res.status, json: (res.body ? JSON.parse(res.body) : {}) as T };
    },
    close: () => agent.destroy(),
  };
}

/** Sends `count` requests over `concurrency` keep-alive connections; `next(i)` makes request i. */
export async function load(
  baseUrl: string,
  count: number,
  concurrency: number,
  next: (i: number) => Request,
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        const i = issued++;
        const t0 = performance.now();
        const { status } = await send(agent, url, next(i));
        if (status > 0 && status < 400) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return summarise(latencies, errors, seconds);
}
