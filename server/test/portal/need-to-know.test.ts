// Need-to-know for citizens' requests and documents (docs/portal.md, "Who sees a request"): a clerk
// sees a submitted request while its ticket is at the counter they are signed in at, or for the
// rest of the day after serving it; a clerk at another counter, or at the same counter after the
// ticket moved on, gets the 404 of an unknown request; supervisors see any submitted request; no
// staff login sees a draft. Every access served is in the audit log; a refusal serves nothing and
// writes nothing.
import type { Ticket } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { answerOf, CitizenClient, makeCid, PDF, type Answer } from './portal-kit.js';

// A Tuesday, 09:00 in Bangkok.
const clock = new ManualClock('2026-03-10T02:00:00Z');
let hub: TestHub;
let citizen: CitizenClient;
let admin: string;
const tokens: Record<'clerk1' | 'clerk2' | 'clerk3' | 'supervisor', string> = {
  clerk1: '',
  clerk2: '',
  clerk3: '',
  supervisor: '',
};
const ids: Record<string, number> = {};
const CITIZEN_PASSWORD = 'Wq3$mZ8v-Lp2#tR9y';

async function api<T = Record<string, unknown>>(method: string, path: string, token: string, body?: unknown): Promise<Answer<T>> {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return answerOf<T>(res);
}

/** The audit log's citizen entries after the first `from`: who, what, about which ticket or document. */
const auditFrom = (from: number) =>
  (
    hub.db.prepare("SELECT user_id, action, after FROM audit_log WHERE entity = 'citizen' ORDER BY id").all() as Array<{
      user_id: number;
      action: string;
      after: string;
    }>
  )
    .slice(from)
    .map((r) => ({ user: r.user_id, action: r.action, after: JSON.parse(r.after) as unknown }));
const auditCount = () => auditFrom(0).length;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo', clock });
  admin = await hub.login();
  for (const [name, role] of [
    ['clerk1', 'staff'],
    ['clerk2', 'staff'],
    ['clerk3', 'staff'],
    ['supervisor', 'supervisor'],
  ] as const) {
    const password = `Zr7!${name}-kW3p#qL9x`;
    const res = await api<{ user: { id: number } }>('POST', '/admin/users', admin, {
      username: name,
      displayName: `เจ้าหน้าที่ ${name}`,
      role,
      password,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[name] = res.body.user.id;
    tokens[name] = await hub.login(name, password);
  }
  citizen = new CitizenClient(hub);
  await citizen.register({
    username: 'needtoknow',
    citizenId: makeCid('600000000001'),
    hidePersonal: true,
    password: CITIZEN_PASSWORD,
  });
});
afterAll(() => hub.dispose());

interface Seen {
  request: number;
  reveal: number;
  document: number;
}

/** What each of the three staff calls answers this caller; an allowed download must be the file's own bytes. */
async function look(token: string, ticketId: number, documentId: number, bytes = PDF): Promise<Seen> {
  const request = await api('GET', `/tickets/${ticketId}/request`, token);
  const reveal = await api('POST', `/tickets/${ticketId}/request/reveal`, token);
  const document = await api('GET', `/documents/${documentId}`, token);
  if (document.status === 200) expect(document.body).toBe(bytes.toString('latin1'));
  return { request: request.status, reveal: reveal.status, document: document.status };
}

const ALLOWED: Seen = { request: 200, reveal: 200, document: 200 };
const REFUSED: Seen = { request: 404, reveal: 404, document: 404 };

describe('who sees a citizen’s request and documents', () => {
  let ticket: Ticket;
  let requestId: number;
  let documentId: number;

  /** The audit entries one allowed look() writes for this caller. */
  const looked = (user: number) => [
    { user, action: 'reveal', after: { ticketId: ticket.id, requestId } },
    { user, action: 'document-download', after: { documentId, requestId } },
  ];

  it('refuses a clerk whose counter does not hold the ticket, with the 404 of an unknown one, and writes nothing', async () => {
    requestId = await citizen.submittedRequest(1, [{ name: 'ทะเบียนบ้าน.pdf', content: PDF }]);
    const taken = await citizen.call<{ ticket: Ticket; request: { documents: Array<{ id: number }> } }>(
      'POST',
      `/requests/${requestId}/ticket`,
    );
    expect(taken.status).toBe(201);
    ticket = taken.body.ticket;
    documentId = taken.body.request.documents[0]!.id;
    expect((await api('POST', '/counters/1/sign-in', tokens.clerk1, {})).status).toBe(200);
    expect((await api('POST', '/counters/2/sign-in', tokens.clerk2, {})).status).toBe(200);
    const before = auditCount();

    // Waiting: at no counter yet, so no clerk sees it.
    expect(await look(tokens.clerk1, ticket.id, documentId)).toEqual(REFUSED);
    // Called at counter 1: the clerk at counter 2 still does not.
    expect((await api('POST', '/counters/1/call', tokens.clerk1, { ticketId: ticket.id })).status).toBe(200);
    expect(await look(tokens.clerk2, ticket.id, documentId)).toEqual(REFUSED);

    // The same answers as for a walk-in and for a document that never existed: nothing to probe.
    const walkIn = await fetch(`${hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 7 }),
    });
    const walkInId = ((await walkIn.json()) as { ticket: Ticket }).ticket.id;
    const refused = await api('GET', `/tickets/${ticket.id}/request`, tokens.clerk2);
    expect(refused.body).toEqual((await api('GET', `/tickets/${walkInId}/request`, tokens.clerk2)).body);
    expect(refused.body).toMatchObject({ error: { code: 'request-not-found' } });
    const doc = await api('GET', `/documents/${documentId}`, tokens.clerk2);
    expect(doc.body).toEqual((await api('GET', '/documents/999999', tokens.clerk2)).body);
    expect(doc.body).toMatchObject({ error: { code: 'document-not-found' } });
    expect(doc.headers.get('content-disposition')).toBeNull();
    expect(auditFrom(before)).toEqual([]);
  });

  it('shows it to the clerk serving it, each reveal and download audited under their name', async () => {
    const before = auditCount();
    expect(await look(tokens.clerk1, ticket.id, documentId)).toEqual(ALLOWED);
    const masked = await api<{ citizen: { masked: boolean } }>('GET', `/tickets/${ticket.id}/request`, tokens.clerk1);
    expect(masked.body.citizen.masked).toBe(true);
    expect(auditFrom(before)).toEqual(looked(ids.clerk1!));
  });

  it('refuses the next clerk at that counter once the ticket moved on, and still shows it to the clerk who served it today', async () => {
    expect((await api('POST', `/tickets/${ticket.id}/start`, tokens.clerk1)).status).toBe(200);
    expect((await api('POST', `/tickets/${ticket.id}/complete`, tokens.clerk1)).status).toBe(200);
    expect((await api('POST', '/counters/1/sign-out', tokens.clerk1)).status).toBe(200);
    expect((await api('POST', '/counters/1/sign-in', tokens.clerk3, {})).status).toBe(200);
    const before = auditCount();
    expect(await look(tokens.clerk3, ticket.id, documentId)).toEqual(REFUSED);
    expect(auditFrom(before)).toEqual([]);
    // Signed in nowhere now, but served it earlier today.
    expect(await look(tokens.clerk1, ticket.id, documentId)).toEqual(ALLOWED);
    expect(auditFrom(before)).toEqual(looked(ids.clerk1!));
  });

  it('shows any submitted request to a supervisor, and no longer to the clerk the next day', async () => {
    const before = auditCount();
    expect(await look(tokens.supervisor, ticket.id, documentId)).toEqual(ALLOWED);
    expect(auditFrom(before)).toEqual(looked(ids.supervisor!));

    clock.advance(24 * 3600_000);
    // The next day's logins (12-hour sessions have ended).
    tokens.clerk1 = await hub.login('clerk1', 'Zr7!clerk1-kW3p#qL9x');
    tokens.supervisor = await hub.login('supervisor', 'Zr7!supervisor-kW3p#qL9x');
    expect((await citizen.call('POST', '/citizens/login', { username: 'needtoknow', password: CITIZEN_PASSWORD })).status).toBe(
      200,
    );
    expect(await look(tokens.clerk1, ticket.id, documentId)).toEqual(REFUSED);
    expect(await look(tokens.supervisor, ticket.id, documentId)).toEqual(ALLOWED);
  });

  it('shows a transferred ticket to the clerk who called it and to the next counter, not to the one in between', async () => {
    const file = Buffer.concat([PDF, Buffer.from('%2\n')]);
    const otherRequest = await citizen.submittedRequest(1, [{ name: 'บัตร.pdf', content: file }]);
    const taken = await citizen.call<{ ticket: Ticket; request: { documents: Array<{ id: number }> } }>(
      'POST',
      `/requests/${otherRequest}/ticket`,
    );
    const t = taken.body.ticket;
    const docId = taken.body.request.documents[0]!.id;
    tokens.clerk2 = await hub.login('clerk2', 'Zr7!clerk2-kW3p#qL9x');
    tokens.clerk3 = await hub.login('clerk3', 'Zr7!clerk3-kW3p#qL9x');
    expect((await api('POST', '/counters/1/sign-in', tokens.clerk3, {})).status).toBe(200);
    expect((await api('POST', '/counters/2/sign-in', tokens.clerk2, {})).status).toBe(200);
    expect((await api('POST', '/counters/1/call', tokens.clerk3, { ticketId: t.id })).status).toBe(200);
    expect(await look(tokens.clerk3, t.id, docId, file)).toEqual(ALLOWED);
    expect(await look(tokens.clerk2, t.id, docId, file)).toEqual(REFUSED);
    // Sent on to service B: waiting again, at no counter.
    expect((await api('POST', `/tickets/${t.id}/transfer`, tokens.clerk3, { serviceId: 2 })).status).toBe(200);
    expect(await look(tokens.clerk2, t.id, docId, file)).toEqual(REFUSED);
    expect(await look(tokens.clerk3, t.id, docId, file)).toEqual(ALLOWED);
    expect((await api('POST', '/counters/2/call', tokens.clerk2, { ticketId: t.id })).status).toBe(200);
    expect(await look(tokens.clerk2, t.id, docId, file)).toEqual(ALLOWED);
  });

  it('shows a ticket left at a counter to the clerk who signs in there next', async () => {
    const file = Buffer.concat([PDF, Buffer.from('%3\n')]);
    const taken = await citizen.call<{ ticket: Ticket; request: { documents: Array<{ id: number }> } }>(
      'POST',
      `/requests/${await citizen.submittedRequest(1, [{ name: 'สัญญา.pdf', content: file }])}/ticket`,
    );
    const u = taken.body.ticket;
    const docId = taken.body.request.documents[0]!.id;
    expect((await api('POST', '/counters/1/call', tokens.clerk3, { ticketId: u.id })).status).toBe(200);
    expect((await api('POST', '/counters/1/sign-out', tokens.clerk3)).status).toBe(200);
    expect(await look(tokens.clerk1, u.id, docId, file)).toEqual(REFUSED);
    expect((await api('POST', '/counters/1/sign-in', tokens.clerk1, {})).status).toBe(200);
    expect(await look(tokens.clerk1, u.id, docId, file)).toEqual(ALLOWED);
  });

  it('never shows a draft or its documents to any staff login, admins included', async () => {
    const draft = await citizen.call<{ request: { id: number } }>('POST', '/requests', {
      serviceId: 1,
      subject: 'ยังไม่ส่ง',
      details: '',
      contact: 'none',
    });
    const up = await citizen.upload(draft.body.request.id, 'ร่าง.pdf', Buffer.concat([PDF, Buffer.from('%draft')]));
    expect(up.status).toBe(201);
    const draftDoc = (up.body.document as { id: number }).id;
    const before = auditCount();
    for (const token of [tokens.clerk2, tokens.supervisor, await hub.login()]) {
      const res = await api('GET', `/documents/${draftDoc}`, token);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'document-not-found' } });
    }
    expect(auditFrom(before)).toEqual([]);
  });
});
