// One citizen cannot fill the hub's disk (docs/portal.md, "Uploads"): a quota over all their
// documents (413 quota-exceeded), a cap on open drafts (409 too-many-drafts), and a free-space
// guard that refuses files before the disk is nearly full (507 insufficient-storage), played here
// with an injected free-space source instead of a full disk, while tickets keep coming. Each is
// checked from Content-Length before the body is read, and again for a body without a length;
// a refusal stores nothing.
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { MAX_DOCUMENT_BYTES } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import type { DiskSpace } from '../../src/uploads/disk-space.js';
import { CitizenClient, errorCode, makeCid, PDF } from './portal-kit.js';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const PASSWORD = 'Tq8#vLm2-pZr9wx/quota';

/** A distinct PDF of exactly `size` bytes (the largest allowed by default). */
function pdfOf(n: number, size = MAX_DOCUMENT_BYTES): Buffer {
  const tail = Buffer.from(`\n%${String(n).padStart(8, '0')}\n`);
  return Buffer.concat([PDF, Buffer.alloc(size - PDF.length - tail.length, 0x20), tail]);
}

function stored(hub: TestHub): string[] {
  const dir = hub.hub.portal.uploadsDir;
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
const rows = (hub: TestHub) => (hub.db.prepare('SELECT COUNT(*) AS n FROM request_documents').get() as { n: number }).n;

async function draft(c: CitizenClient): Promise<number> {
  const r = await c.call<{ request: { id: number } }>('POST', '/requests', {
    serviceId: 1,
    subject: 'แจ้งย้ายเข้า',
    details: '',
    contact: 'none',
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.request.id;
}

interface RawAnswer {
  status: number;
  code: string | undefined;
}

/**
 * Sends only the headers of an upload that declares `length` bytes, and waits for the answer: it
 * can only come before the body if the hub refused from Content-Length without reading it.
 */
function headersOnly(hub: TestHub, path: string, cookie: string | null, length: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(hub.port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('error', reject);
    socket.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = text.slice(0, end);
      const bodyLength = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      const body = Buffer.from(text.slice(end + 4), 'latin1');
      if (body.length < bodyLength) return;
      socket.destroy();
      const json = JSON.parse(body.toString('utf8')) as { error?: { code?: string } };
      resolve({ status: Number(head.split(' ')[1]), code: json.error?.code });
    });
    socket.write(
      `PUT /api/v1${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${cookie ? `Cookie: ${cookie}\r\n` : ''}` +
        `Content-Type: application/octet-stream\r\nContent-Length: ${length}\r\n\r\n`,
    );
  });
}

/** An upload streamed without Content-Length (chunked), as a phone's browser may send it. */
async function chunked(hub: TestHub, c: CitizenClient, requestId: number, content: Buffer): Promise<RawAnswer> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < content.length; at += 256 * 1024)
        controller.enqueue(new Uint8Array(content.subarray(at, at + 256 * 1024)));
      controller.close();
    },
  });
  const res = await fetch(`${hub.url}/api/v1/requests/${requestId}/documents?name=chunked.pdf`, {
    method: 'PUT',
    headers: { cookie: c.cookie!, 'content-type': 'application/octet-stream' },
    body,
    duplex: 'half',
  } as RequestInit);
  const json = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: json.error?.code };
}

describe('a citizen’s quota over all their documents', () => {
  let hub: TestHub;
  let c: CitizenClient;

  beforeAll(async () => {
    hub = await startTestHub({ seed: 'demo' });
    c = new CitizenClient(hub);
    await c.register({ username: 'filler', citizenId: makeCid('510000000001'), password: PASSWORD });
  });
  afterAll(() => hub.dispose());

  it('stores 50 MB of distinct 5 MB PDFs across drafts, then refuses the rest (40 tries) with nothing stored', async () => {
    const drafts = [await draft(c), await draft(c), await draft(c)];
    const answers: number[] = [];
    let accepted = 0;
    for (let i = 0; i < 40; i++) {
      // Five to a draft while they fit; every later try goes to the third draft, which has room for files.
      const res = await c.upload(drafts[Math.min(Math.floor(i / 5), 2)]!, `scan-${i}.pdf`, pdfOf(i), 'application/pdf');
      answers.push(res.status);
      if (res.status === 201) accepted++;
      else {
        expect(res.status, JSON.stringify(res.body)).toBe(413);
        expect(errorCode(res)).toBe('quota-exceeded');
        expect((res.body as { error: { message: string } }).error.message).toMatch(/50 MB/);
      }
    }
    expect(accepted).toBe(10);
    expect(answers.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(stored(hub)).toHaveLength(10);
    expect(rows(hub)).toBe(10);
    const bytes = hub.db.prepare('SELECT SUM(size) AS n FROM request_documents').get() as { n: number };
    expect(bytes.n).toBe(50 * MIB);
  });

  it('refuses from Content-Length before the body is read, and a chunked body once it has arrived', async () => {
    const before = { files: stored(hub), rows: rows(hub) };
    const id = await draft(c);
    // The answer comes while the 5 MB body is still unsent.
    expect(await headersOnly(hub, `/requests/${id}/documents?name=a.pdf`, c.cookie, MAX_DOCUMENT_BYTES)).toEqual({
      status: 413,
      code: 'quota-exceeded',
    });
    // Even a small file is over a full quota; without a length the hub reads it first, then refuses.
    expect(await chunked(hub, c, id, pdfOf(100, 64 * 1024))).toEqual({ status: 413, code: 'quota-exceeded' });
    // The login is checked first: without one, 401 whatever the length.
    expect(await headersOnly(hub, `/requests/${id}/documents?name=a.pdf`, null, MAX_DOCUMENT_BYTES)).toEqual({
      status: 401,
      code: 'unauthorized',
    });
    expect(stored(hub)).toEqual(before.files);
    expect(rows(hub)).toBe(before.rows);
  });

  it('counts only what is kept: removing a file from a draft makes room again', async () => {
    const [first] = hub.db.prepare('SELECT request_id, id FROM request_documents ORDER BY id LIMIT 1').all() as Array<{
      request_id: number;
      id: number;
    }>;
    expect((await c.call('DELETE', `/requests/${first!.request_id}/documents/${first!.id}`)).status).toBe(200);
    const again = await c.upload(first!.request_id, 'again.pdf', pdfOf(200), 'application/pdf');
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    // Another citizen has a quota of their own.
    const other = new CitizenClient(hub);
    await other.register({ username: 'neighbour', citizenId: makeCid('510000000002'), password: PASSWORD });
    expect((await other.upload(await draft(other), 'mine.pdf', pdfOf(300), 'application/pdf')).status).toBe(201);
  });
});

describe('open drafts per citizen', () => {
  let hub: TestHub;
  let c: CitizenClient;

  beforeAll(async () => {
    hub = await startTestHub({ seed: 'demo', uploads: { maxDraftsPerCitizen: 3 } });
    c = new CitizenClient(hub);
    await c.register({ username: 'drafter', citizenId: makeCid('520000000001'), password: PASSWORD });
  });
  afterAll(() => hub.dispose());

  const requestRows = () => (hub.db.prepare('SELECT COUNT(*) AS n FROM service_requests').get() as { n: number }).n;

  it('refuses a draft past the cap with nothing stored, and allows one again once a draft is submitted or cancelled', async () => {
    const ids = [await draft(c), await draft(c), await draft(c)];
    const before = requestRows();
    const over = await c.call('POST', '/requests', { serviceId: 1, subject: 'อีกเรื่อง', details: '', contact: 'none' });
    expect(over.status).toBe(409);
    expect(errorCode(over)).toBe('too-many-drafts');
    expect(requestRows()).toBe(before);

    expect((await c.call('POST', `/requests/${ids[0]}/submit`)).status).toBe(200);
    const fourth = await draft(c);
    expect(errorCode(await c.call('POST', '/requests', { serviceId: 1, subject: 'x', details: '', contact: 'none' }))).toBe(
      'too-many-drafts',
    );
    expect((await c.call('POST', `/requests/${fourth}/cancel`)).status).toBe(200);
    await draft(c);
    // The cap is per citizen.
    const other = new CitizenClient(hub);
    await other.register({ username: 'another', citizenId: makeCid('520000000002'), password: PASSWORD });
    await draft(other);
  });
});

describe('the free-space guard', () => {
  let hub: TestHub;
  let c: CitizenClient;
  // What the injected statfs says: a 100 GiB disk, so 5 % (5 GiB) is the reserve, over OSS_MIN_FREE_MB.
  const disk: DiskSpace = { available: 50 * GIB, total: 100 * GIB };

  beforeAll(async () => {
    hub = await startTestHub({ seed: 'demo', diskSpace: () => ({ ...disk }) });
    c = new CitizenClient(hub);
    await c.register({ username: 'nearlyfull', citizenId: makeCid('530000000001'), password: PASSWORD });
  });
  afterAll(() => hub.dispose());

  it('refuses a file that would leave less than 5 % of the disk (or OSS_MIN_FREE_MB), stores nothing, and tickets go on', async () => {
    const id = await draft(c);
    expect((await c.upload(id, 'roomy.pdf', pdfOf(1, 1024), 'application/pdf')).status).toBe(201);
    const before = { files: stored(hub), rows: rows(hub) };

    // 5 GiB and 1 MiB free: a 1 KiB file still fits, a 2 MiB one would eat into the reserve.
    disk.available = 5 * GIB + MIB;
    expect((await c.upload(id, 'small.pdf', pdfOf(2, 1024), 'application/pdf')).status).toBe(201);
    const big = await c.upload(id, 'big.pdf', pdfOf(3, 2 * MIB), 'application/pdf');
    expect(big.status).toBe(507);
    expect(errorCode(big)).toBe('insufficient-storage');
    expect(stored(hub)).toHaveLength(before.files.length + 1);
    expect(rows(hub)).toBe(before.rows + 1);

    // A small disk: OSS_MIN_FREE_MB (512) is the larger reserve, and 500 MiB are left.
    disk.total = 4 * GIB;
    disk.available = 500 * MIB;
    const after = { files: stored(hub), rows: rows(hub) };
    const nearlyFull = await c.upload(id, 'scan.pdf', pdfOf(4, 1024), 'application/pdf');
    expect(nearlyFull.status).toBe(507);
    expect((nearlyFull.body as { error: { message: string } }).error.message).toMatch(/nothing was saved/);
    expect(await headersOnly(hub, `/requests/${id}/documents?name=a.pdf`, c.cookie, 1024)).toEqual({
      status: 507,
      code: 'insufficient-storage',
    });
    expect(await chunked(hub, c, id, pdfOf(5, 1024))).toEqual({ status: 507, code: 'insufficient-storage' });
    // Without a login, 401 first.
    expect(await headersOnly(hub, `/requests/${id}/documents?name=a.pdf`, null, 1024)).toEqual({
      status: 401,
      code: 'unauthorized',
    });
    expect(stored(hub)).toEqual(after.files);
    expect(rows(hub)).toBe(after.rows);

    // The queue keeps working on the nearly full disk: a kiosk ticket, a staff call.
    const ticket = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 1 }),
    });
    expect(ticket.status).toBe(201);
    const staff = await hub.login();
    const call = await fetch(`${hub.url}/api/v1/counters/1/call-next`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(call.status).toBe(200);

    // Room again: uploads resume.
    disk.available = 50 * GIB;
    expect((await c.upload(id, 'later.pdf', pdfOf(6, 1024), 'application/pdf')).status).toBe(201);
  });

  it('refuses uploads when the free space cannot be read at all', async () => {
    const broken = await startTestHub({
      seed: 'demo',
      diskSpace: () => {
        throw new Error('statfs failed');
      },
    });
    try {
      const b = new CitizenClient(broken);
      await b.register({ username: 'unknownroom', citizenId: makeCid('530000000002'), password: PASSWORD });
      const res = await b.upload(await draft(b), 'a.pdf', PDF, 'application/pdf');
      expect(res.status).toBe(507);
      expect(errorCode(res)).toBe('insufficient-storage');
      expect(stored(broken)).toEqual([]);
    } finally {
      await broken.dispose();
    }
  });
});
