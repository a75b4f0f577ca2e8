// Attaching documents: the type is read from the bytes, the size and count are capped, a name
// that looks like a path is refused, and nothing refused is ever stored (the uploads folder and
// the table stay as they were). Staff download what was accepted; citizens cannot.
import { existsSync, readdirSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { CitizenClient, errorCode, EXE, makeCid, PDF, PNG } from './portal-kit.js';

let hub: TestHub;
let c: CitizenClient;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  c = new CitizenClient(hub);
  await c.register({ username: 'uploader', citizenId: makeCid('200000000001') });
});
afterAll(() => hub.dispose());

const stored = () => {
  const dir = hub.hub.portal.uploadsDir;
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};
const rows = () => (hub.db.prepare('SELECT COUNT(*) AS n FROM request_documents').get() as { n: number }).n;

const draft = () => c.draftRequest();

describe('document uploads', () => {
  it('accepts a PDF and a PNG by their bytes, stored under the content hash with a clean display name', async () => {
    const id = await draft();
    const pdf = await c.upload(id, 'ทะเบียนบ้าน.pdf', PDF, 'application/pdf');
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(201);
    expect(pdf.body.document).toMatchObject({ name: 'ทะเบียนบ้าน.pdf', type: 'application/pdf', size: PDF.length, purged: false });
    // A PNG declared as something else and named without an extension: the bytes decide.
    const png = await c.upload(id, 'photo', PNG, 'application/octet-stream');
    expect(png.status).toBe(201);
    expect(png.body.document).toMatchObject({ name: 'photo.png', type: 'image/png' });
    const files = stored();
    expect(files).toHaveLength(2);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}$/);

    const view = await c.call<{ request: { documents: unknown[]; documentsNeeded: unknown[] } }>('GET', `/requests/${id}`);
    expect(view.body.request.documents).toHaveLength(2);
    expect(view.body.request.documentsNeeded.length).toBeGreaterThan(0);

    // Removing one deletes its file.
    expect((await c.call('DELETE', `/requests/${id}/documents/${(png.body.document as { id: number }).id}`)).status).toBe(200);
    expect(stored()).toHaveLength(1);

    // Once submitted (staff never see drafts), staff download it (audited); a citizen's cookie is no staff login.
    expect((await c.call('POST', `/requests/${id}/submit`)).status).toBe(200);
    const docId = (pdf.body.document as { id: number }).id;
    const staff = await hub.login();
    const dl = await fetch(`${hub.url}/api/v1/documents/${docId}`, { headers: { authorization: `Bearer ${staff}` } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toContain(encodeURIComponent('ทะเบียนบ้าน.pdf'));
    expect(Buffer.from(await dl.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await c.call('GET', `/documents/${docId}`)).status).toBe(401);
    const audit = hub.db.prepare("SELECT action FROM audit_log WHERE entity = 'citizen'").all();
    expect(audit).toEqual([{ action: 'document-download' }]);
  });

  it('refuses a wrong type, an oversized file and a path for a name, storing nothing', async () => {
    const id = await draft();
    const before = { files: stored(), rows: rows() };

    const exe = await c.upload(id, 'form.pdf', EXE, 'application/pdf');
    expect(exe.status).toBe(415);
    expect(errorCode(exe)).toBe('file-type-not-allowed');
    expect((exe.body as { error: { message: string } }).error.message).toMatch(/PDF, JPEG and PNG/);
    const asText = await c.upload(id, 'form.txt', EXE, 'text/plain');
    expect(errorCode(asText)).toBe('file-type-not-allowed');
    expect((asText.body as { error: { message: string } }).error.message).toMatch(/PDF, JPEG and PNG/);

    const big = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20)]);
    const tooBig = await c.upload(id, 'big.pdf', big, 'application/pdf');
    expect(tooBig.status).toBe(413);
    expect(errorCode(tooBig)).toBe('file-too-large');

    for (const name of ['../../etc/passwd.pdf', '..\\..\\boot.ini', '/etc/passwd', 'C:evil.pdf', '.hidden.pdf']) {
      const traversal = await c.upload(id, name, PDF, 'application/pdf');
      expect(traversal.status, name).toBe(400);
      expect(errorCode(traversal), name).toBe('file-name-invalid');
    }

    const json = await c.call('PUT', `/requests/${id}/documents?name=a.pdf`, { file: 'JVBERi0=' });
    expect(json.status).toBe(415);
    const empty = await c.upload(id, 'empty.pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);

    expect(stored()).toEqual(before.files);
    expect(rows()).toBe(before.rows);
    expect(existsSync('/etc/passwd.pdf')).toBe(false);
  });

  it('caps files per request, needs a login and the citizen’s own draft request', async () => {
    const id = await draft();
    for (let i = 0; i < 5; i++) {
      expect((await c.upload(id, `page-${i}.png`, Buffer.concat([PNG, Buffer.from([i])]))).status).toBe(201);
    }
    const sixth = await c.upload(id, 'page-6.png', PNG);
    expect(sixth.status).toBe(409);
    expect(errorCode(sixth)).toBe('too-many-files');

    const anonymous = await fetch(`${hub.url}/api/v1/requests/${id}/documents?name=a.pdf`, {
      method: 'PUT',
      body: new Uint8Array(PDF),
    });
    expect(anonymous.status).toBe(401);
    const other = new CitizenClient(hub);
    await other.register({ username: 'other', citizenId: makeCid('200000000002') });
    const notMine = await other.upload(id, 'a.pdf', PDF);
    expect(notMine.status).toBe(404);
    expect(errorCode(notMine)).toBe('request-not-found');

    expect((await c.call('POST', `/requests/${id}/submit`)).status).toBe(200);
    const late = await c.upload(id, 'late.pdf', PDF);
    expect(late.status).toBe(409);
    expect(errorCode(late)).toBe('request-not-editable');
  });
});
