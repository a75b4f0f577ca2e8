// The tracker's calls answer whoever holds a ticket's code (a QR on paper, a link in a chat): they
// carry the ticket's place and wait, never the clerk's note or the priority's reason
// (docs/design.md §4.3). The tracker page needs neither.
import { TrackResponse, type Ticket } from '@oss/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../test/support/hub.js';

let hub: TestHub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub({ seed: 'demo' });
  token = await hub.login();
});
afterAll(() => hub.dispose());

async function api(method: string, path: string, body?: unknown, bearer?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${hub.url}/api/v1${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

async function issue(priority: Ticket['priority']): Promise<Ticket> {
  const res = await api('POST', '/tickets', { serviceId: 1, priority });
  expect(res.status).toBe(201);
  return (JSON.parse(res.text) as { ticket: Ticket }).ticket;
}

describe('the tracker', () => {
  it("answers a ticket's code without the clerk's note or the priority", async () => {
    const t = await issue('disabled');
    const note = 'ผู้รับบริการขอเอกสารรับรองเพิ่ม โทร 081-111-2222';
    const moved = await api('POST', `/tickets/${t.id}/transfer`, { serviceId: 2, note }, token);
    expect(moved.status).toBe(200);
    expect(moved.text).toContain(note); // staff see it

    const tracked = await api('GET', `/tickets/track/${t.trackingCode}`);
    expect(tracked.status).toBe(200);
    const body = JSON.parse(tracked.text) as { ticket: Record<string, unknown> };
    expect(body.ticket).not.toHaveProperty('note');
    expect(body.ticket).not.toHaveProperty('priority');
    expect(tracked.text).not.toContain(note);
    expect(tracked.text).not.toContain('disabled');
    // What the tracker page shows is still there, in the contract's shape.
    const parsed = TrackResponse.parse(body);
    expect(parsed.ticket).toMatchObject({ number: t.number, status: 'transferred', trackingCode: t.trackingCode });
    expect(parsed.ticket.position).toBe(1);
  });

  it('answers a cancel by code without them either', async () => {
    const t = await issue('elderly');
    const cancelled = await api('POST', `/tickets/track/${t.trackingCode}/cancel`, {});
    expect(cancelled.status).toBe(200);
    const body = JSON.parse(cancelled.text) as { ticket: Record<string, unknown> };
    expect(body.ticket).toMatchObject({ number: t.number, status: 'cancelled' });
    expect(body.ticket).not.toHaveProperty('priority');
    expect(body.ticket).not.toHaveProperty('note');
  });
});
