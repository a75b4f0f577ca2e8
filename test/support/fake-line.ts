// A fake LINE Messaging API on 127.0.0.1 (port 0), because the real one is outside. It records
// pushes with their X-Line-Retry-Key and, like LINE, executes a key once: a repeat gets 409 with
// the accepted request's id. It can be down (listener closed: connection refused), slow, or answer
// 500, 429 with Retry-After, or 409. Replies and the quota endpoints are served too.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from './until.js';

type FakeLineMode = 'ok' | 'slow' | 'error500' | 'rate-limited' | 'conflict';

/** A message as sent; only the fields tests look at are typed. */
export interface SentMessage {
  type: string;
  altText?: string;
  text?: string;
  [key: string]: unknown;
}

interface RecordedPush {
  to: string;
  messages: SentMessage[];
  retryKey: string | null;
  requestId: string;
}

interface RecordedReply {
  replyToken: string;
  messages: SentMessage[];
}

export interface FakeLine {
  url: string;
  token: string;
  /** Pushes LINE accepted (delivered), in order; one per retry key. */
  pushes: RecordedPush[];
  replies: RecordedReply[];
  /** Every push request that reached the fake, with the status it got. */
  attempts: Array<{ retryKey: string | null; status: number }>;
  quota: { type: 'none' | 'limited'; limit: number; usedBefore: number };
  /** `retryAfter` in seconds for rate-limited; `delayMs` for slow. */
  setMode(mode: FakeLineMode, opts?: { retryAfter?: number; delayMs?: number }): void;
  down(): Promise<void>;
  up(): Promise<void>;
  waitFor(what: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', 'x-line-request-id': randomUUID(), ...headers });
  res.end(JSON.stringify(body));
}

const parse = (text: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export async function startFakeLine({ token = 'fake-line-token' } = {}): Promise<FakeLine> {
  let mode: FakeLineMode = 'ok';
  let retryAfter = 1;
  let delayMs = 500;
  const accepted = new Map<string, string>();
  const usedReplyTokens = new Set<string>();

  const fake: FakeLine = {
    url: '',
    token,
    pushes: [],
    replies: [],
    attempts: [],
    quota: { type: 'limited', limit: 500, usedBefore: 0 },
    setMode(next, opts = {}) {
      mode = next;
      retryAfter = opts.retryAfter ?? retryAfter;
      delayMs = opts.delayMs ?? delayMs;
    },
    down: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    up: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    waitFor: (what, timeoutMs = 10_000) => until(what, 'what the test expects of the fake LINE', timeoutMs),
    close: async () => {
      server.closeAllConnections();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  async function push(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = req.headers['x-line-retry-key'];
    const retryKey = typeof header === 'string' ? header : null;
    const body = parse(await readBody(req));
    // Recorded on arrival; a slow answer is only sent later.
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}, delay = 0) => {
      fake.attempts.push({ retryKey, status });
      if (delay > 0) setTimeout(() => send(res, status, payload, headers), delay).unref();
      else send(res, status, payload, headers);
    };
    if (mode === 'error500') return answer(500, { message: 'Internal server error' });
    if (mode === 'rate-limited') return answer(429, { message: 'Too many requests' }, { 'retry-after': String(retryAfter) });
    if (
      !body ||
      typeof body.to !== 'string' ||
      !Array.isArray(body.messages) ||
      body.messages.length === 0 ||
      body.messages.length > 5
    ) {
      return answer(400, { message: 'The request body has 1 error(s)' });
    }
    const original = retryKey ? accepted.get(retryKey) : undefined;
    // "conflict": LINE had accepted this key before (an answer the hub never got).
    if (original || mode === 'conflict') {
      return answer(
        409,
        { message: 'The retry key is already accepted' },
        { 'x-line-accepted-request-id': original ?? randomUUID() },
      );
    }
    const requestId = randomUUID();
    if (retryKey) accepted.set(retryKey, requestId);
    fake.pushes.push({ to: body.to, messages: body.messages as SentMessage[], retryKey, requestId });
    // "slow": accepted at once, answered late (the hub times out and retries with the same key).
    answer(
      200,
      { sentMessages: [{ id: requestId, quoteToken: 'q' }] },
      { 'x-line-request-id': requestId },
      mode === 'slow' ? delayMs : 0,
    );
  }

  async function reply(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parse(await readBody(req));
    if (mode === 'error500') return send(res, 500, { message: 'Internal server error' });
    if (!body || typeof body.replyToken !== 'string' || !Array.isArray(body.messages))
      return send(res, 400, { message: 'bad request' });
    // A reply token is good for one reply.
    if (usedReplyTokens.has(body.replyToken)) return send(res, 400, { message: 'Invalid reply token' });
    usedReplyTokens.add(body.replyToken);
    fake.replies.push({ replyToken: body.replyToken, messages: body.messages as SentMessage[] });
    send(res, 200, { sentMessages: [{ id: randomUUID() }] });
  }

  const server = createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { message: 'Authentication failed' });
    const path = (req.url ?? '').split('?')[0];
    const route = `${req.method} ${path}`;
    const fail = () => send(res, 500, { message: 'fake failed' });
    switch (route) {
      case 'POST /v2/bot/message/push':
        return void push(req, res).catch(fail);
      case 'POST /v2/bot/message/reply':
        return void reply(req, res).catch(fail);
      case 'GET /v2/bot/message/quota':
        return send(res, 200, fake.quota.type === 'limited' ? { type: 'limited', value: fake.quota.limit } : { type: 'none' });
      case 'GET /v2/bot/message/quota/consumption':
        return send(res, 200, { totalUsage: fake.quota.usedBefore + fake.pushes.length });
      default:
        return send(res, 404, { message: 'Not found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  fake.url = `http://127.0.0.1:${port}`;
  return fake;
}
