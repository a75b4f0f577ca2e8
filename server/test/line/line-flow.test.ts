// One ticket from issue to rating through LINE: the citizen sends the code from the ticket's QR,
// staff call and complete it over the HTTP API, the alerts arrive at the (fake) LINE API, and
// the citizen's rating postback is stored. The relay runs on its own timer here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketResponse, ticketLineUrl } from '@oss/shared';
import { lineEvent, postWebhook } from '../../../test/support/line-events.js';
import { CHANNEL_SECRET, lineHub, type LineHub } from './line-fixture.js';

let h: LineHub;
beforeAll(async () => {
  h = await lineHub({ clock: null, publicUrl: 'https://queue.example.go.th', tuning: { pollMs: 25 } });
});
afterAll(() => h.dispose());

async function api(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${h.test.url}/api/v1${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('a ticket followed through LINE', () => {
  it('goes from issue to a stored rating by chat events and staff calls', async () => {
    const user = 'U4af4980629e8e1c0f9a4f3b1c2d3e4f5';
    const ticket = TicketResponse.parse((await api('POST', '/tickets', undefined, { serviceId: h.serviceId('C') })).body).ticket;

    // The QR opens the chat with "คิว <code>" typed in; the citizen sends it.
    const text = decodeURIComponent(new URL(ticketLineUrl('@ossqueue', ticket.trackingCode)).search.slice(1));
    const link = lineEvent.text(user, text);
    expect((await postWebhook(h.test.url, CHANNEL_SECRET, [lineEvent.follow(user), link])).status).toBe(200);
    await h.fake.waitFor(() => h.fake.replies.length === 2);
    const confirmation = h.fake.replies.find((r) => r.replyToken === link.replyToken)!;
    expect(confirmation.messages[0]!.altText).toBe(`บัตรคิว ${ticket.number} · งานชำระภาษีและค่าธรรมเนียม · คุณเป็นคิวถัดไป`);

    // Counter 3 serves C: staff call, recall and complete over HTTP.
    const staff = await h.test.login();
    expect((await api('POST', `/counters/3/call`, staff, { ticketId: ticket.id })).status).toBe(200);
    await h.fake.waitFor(() => h.fake.pushes.length === 1);
    expect(h.fake.pushes[0]).toMatchObject({ to: user });
    expect(h.fake.pushes[0]!.messages[0]!.altText).toBe(`ถึงคิว ${ticket.number} แล้ว เชิญที่ ช่องบริการ 3`);
    await api('POST', `/tickets/${ticket.id}/recall`, staff);
    await api('POST', `/tickets/${ticket.id}/complete`, staff);
    await h.fake.waitFor(() => h.fake.pushes.length === 3);
    const done = h.fake.pushes[2]!.messages[0]!;
    expect(h.fake.pushes[1]!.messages[0]!.altText).toContain('เรียกคิว');
    expect(done.altText).toContain('กรุณาให้คะแนน');

    // The citizen taps "5" in the done message.
    const five = JSON.stringify(done).match(/"data":"(a=rate&t=\d+&s=5)"/)![1]!;
    expect((await postWebhook(h.test.url, CHANNEL_SECRET, [lineEvent.postback(user, five)])).status).toBe(200);
    await h.fake.waitFor(() => h.fake.replies.length === 3);
    expect(h.fake.replies[2]!.messages[0]!.text).toMatch(/^ขอบคุณสำหรับคะแนน 5/);
    expect(h.test.db.prepare('SELECT score FROM ratings WHERE ticket_id = ?').get(ticket.id)).toEqual({ score: 5 });
    // Stored like the tracker page's rating: a second one is refused there too.
    expect((await api('POST', `/tickets/track/${ticket.trackingCode}/rating`, undefined, { score: 1 })).status).toBe(409);

    // Every alert went out once, each under its own retry key.
    const keys = h.fake.pushes.map((p) => p.retryKey);
    expect(new Set(keys).size).toBe(3);
    expect(h.outbox().map((r) => [r.kind, r.status])).toEqual([
      ['ticket.called', 'sent'],
      ['ticket.recalled', 'sent'],
      ['ticket.done', 'sent'],
    ]);
  });
});
