// POST /line/webhook: the signature on the raw body, events handled once, linking, follow and
// unfollow, rating and cancelling from the chat's buttons.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBody, lineLinkText, ticketLineUrl } from '@oss/shared';
import type { SentMessage } from '../../../test/support/fake-line.js';
import { lineEvent, postWebhook, signature, type WebhookEvent } from '../../../test/support/line-events.js';
import { CHANNEL_SECRET, lineHub, type LineHub } from './line-fixture.js';

let h: LineHub;
afterEach(async () => h?.dispose());

const deliver = (...events: WebhookEvent[]) => postWebhook(h.test.url, CHANNEL_SECRET, events);
const textOf = (messages: SentMessage[]) => messages.map((m) => m.altText ?? m.text ?? '').join(' | ');
/** The reply to one event (found by its reply token), once it has arrived at LINE. */
async function replyTo(e: WebhookEvent): Promise<{ text: string; messages: SentMessage[] }> {
  const find = () => h.fake.replies.find((r) => r.replyToken === e.replyToken);
  await h.fake.waitFor(() => find() !== undefined);
  const { messages } = find()!;
  return { text: textOf(messages), messages };
}
/**
 * A reply that should not be sent has no event to wait for: a short wait, long enough for one sent
 * by mistake to reach the fake on an idle machine (what is expected was awaited before).
 */
const nothingMore = () => new Promise((r) => setTimeout(r, 200));
const ratings = () => h.test.db.prepare('SELECT ticket_id, score FROM ratings').all();
const postbackData = (m: unknown, match: string) => JSON.stringify(m).match(new RegExp(`"data":"(${match}[^"]*)"`))?.[1];

describe('LINE webhook: signature', () => {
  it('answers a bad or missing signature with 401 in the error shape and changes nothing', async () => {
    h = await lineHub();
    const t = h.issue();
    const event = lineEvent.text('U1', lineLinkText(t.trackingCode));
    const body = JSON.stringify({ destination: 'U0', events: [event] });
    const attempts = [
      { signature: null },
      { signature: '' },
      { signature: 'not-base64-at-all' },
      { signature: signature(body, 'another-channel-secret') },
      // Signed, then changed on the way: the HMAC covers the exact bytes.
      { signature: signature(body, CHANNEL_SECRET), rawBody: body.replace('"U1"', '"U2"') },
      { signature: signature(body, CHANNEL_SECRET), rawBody: `${body} ` },
    ];
    for (const opts of attempts) {
      const res = await postWebhook(h.test.url, CHANNEL_SECRET, [], { rawBody: body, ...opts });
      expect(res.status, JSON.stringify(opts)).toBe(401);
      expect(ErrorBody.parse(res.body).error.code).toBe('invalid-signature');
    }
    expect(h.count('line_links') + h.count('line_webhook_events') + h.count('line_outbox')).toBe(0);
    await nothingMore();
    expect(h.fake.replies).toEqual([]);
  });

  it('never answers bad input with a 5xx; unknown event types are ignored with 200', async () => {
    h = await lineHub();
    const signed = (rawBody: string) => postWebhook(h.test.url, CHANNEL_SECRET, [], { rawBody });
    expect((await signed('{"events":')).status).toBe(400);
    expect((await signed('[]')).status).toBe(400);
    expect((await signed('{"events":"x"}')).status).toBe(400);
    expect(ErrorBody.safeParse((await signed('null')).body).success).toBe(true);
    // LINE's "Verify" button sends no events.
    expect((await signed('{"destination":"U0","events":[]}')).status).toBe(200);
    const beacon = { ...lineEvent.follow('U1'), type: 'beacon', beacon: { hwid: 'x', type: 'enter' } };
    const broken = { type: 'message', message: { type: 'text', text: 'คิว X' } };
    const group = { ...lineEvent.text('U1', 'คิว ABCDEFGHJK'), source: { type: 'group', groupId: 'C1' } };
    const res = await postWebhook(h.test.url, CHANNEL_SECRET, [beacon, broken as unknown as WebhookEvent, group]);
    expect(res).toEqual({ status: 200, body: {} });
    // The signature is what counts, whatever the content type says.
    const verify = '{"destination":"U0","events":[]}';
    for (const type of ['text/plain', 'application/octet-stream']) {
      const res = await fetch(`${h.test.url}/line/webhook`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-line-signature': signature(verify, CHANNEL_SECRET) },
        body: verify,
      });
      expect(res.status, type).toBe(200);
    }
    const huge = await signed(JSON.stringify({ events: [], pad: 'x'.repeat(600_000) }));
    expect(huge.status).toBe(413);
    expect(h.count('line_webhook_events')).toBe(0);
  });
});

describe('LINE webhook: chat', () => {
  it('links a ticket from the QR’s prefilled text and confirms with a reply', async () => {
    h = await lineHub({ publicUrl: 'https://queue.example.go.th/' });
    const t = h.issue();
    // The text the QR link puts in the chat box.
    const url = new URL(ticketLineUrl('@ossqueue', t.trackingCode));
    expect(url.pathname).toBe('/R/oaMessage/%40ossqueue/');
    const text = decodeURIComponent(url.search.slice(1));
    expect(text).toBe(`คิว ${t.trackingCode}`);

    const link = lineEvent.text('U1', text);
    expect((await deliver(link)).status).toBe(200);
    const reply = await replyTo(link);
    expect(h.links.usersFor(t.id)).toEqual(['U1']);
    expect(reply.text).toContain(t.number);
    const json = JSON.stringify(reply.messages);
    expect(json).toContain(`https://queue.example.go.th/t/${t.trackingCode}`);
    expect(json).toContain('งานทะเบียนราษฎร');
    expect(json).toContain(`a=cancel&t=${t.id}`);
    expect(h.fake.pushes).toEqual([]);

    // A wrong code gets help; ordinary chat is left alone.
    const wrong = lineEvent.text('U1', 'คิว ZZZZZZZZZZ');
    const chatter = lineEvent.text('U1', 'สวัสดีค่ะ สอบถามเรื่องภาษี');
    await deliver(wrong, chatter);
    expect((await replyTo(wrong)).text).toContain('ไม่พบคิว');
    await nothingMore();
    expect(h.fake.replies).toHaveLength(2);
  });

  it('handles a redelivered event once', async () => {
    h = await lineHub();
    const t = h.issue();
    const link = lineEvent.text('U1', t.trackingCode.toLowerCase());
    await deliver(link);
    await deliver(lineEvent.redelivery(link));
    await deliver(link);
    await replyTo(link);
    h.queue.call(1, null, t.id);
    h.queue.act(t.id, 'complete', null);
    const rate = lineEvent.postback('U1', `a=rate&t=${t.id}&s=4`);
    await deliver(rate);
    await deliver(lineEvent.redelivery(rate));
    expect((await replyTo(rate)).text).toContain('ขอบคุณสำหรับคะแนน 4');
    await nothingMore();
    expect(h.fake.replies).toHaveLength(2);
    expect(ratings()).toEqual([{ ticket_id: t.id, score: 4 }]);
    expect(h.count('line_webhook_events')).toBe(2);

    // A redelivery of an event the hub never saw (it was offline) is handled, once.
    const missed = lineEvent.redelivery(lineEvent.follow('U9'));
    await deliver(missed, missed);
    expect((await replyTo(missed)).text).toContain('ขอบคุณที่เพิ่มเพื่อน');
    await nothingMore();
    expect(h.fake.replies).toHaveLength(3);
  });

  it('unfollow forgets the user’s tickets and drops what was still to be sent', async () => {
    h = await lineHub();
    const t = h.issue();
    const follow = lineEvent.follow('U1');
    const link = lineEvent.text('U1', `คิว ${t.trackingCode}`);
    await deliver(follow, link);
    expect((await replyTo(follow)).text).toContain('ขอบคุณที่เพิ่มเพื่อน');
    await replyTo(link);
    // LINE unreachable when the call comes, so the alert is still waiting at the unfollow.
    await h.fake.down();
    h.queue.call(1, null, t.id);
    await h.relay.flush();
    expect(h.outbox().map((r) => r.status)).toEqual(['pending']);
    await deliver(lineEvent.unfollow('U1'));
    expect(h.links.usersFor(t.id)).toEqual([]);
    expect(h.outbox().map((r) => r.status)).toEqual(['dropped']);
    h.queue.act(t.id, 'complete', null);
    await h.fake.up();
    h.clock!.advance(60_000);
    await h.relay.flush();
    expect(h.fake.pushes).toEqual([]);
    expect(h.outbox()).toHaveLength(1);
  });

  it('cancels from the chat after a confirmation, without a push for it', async () => {
    h = await lineHub();
    const [mine, other] = [h.issue(), h.issue()];
    await deliver(lineEvent.text('U1', `คิว ${mine.trackingCode}`), lineEvent.text('U2', `คิว ${other.trackingCode}`));
    const ask = lineEvent.postback('U1', `a=cancel&t=${mine.id}`);
    await deliver(ask);
    const confirm = (await replyTo(ask)).messages[0];
    expect(confirm?.altText).toContain('ยืนยันการยกเลิกคิว');
    expect(h.queue.track(mine.trackingCode).ticket.status).toBe('waiting');

    // Another LINE user cannot act on this ticket.
    const intruder = lineEvent.postback('U2', `a=cancel-yes&t=${mine.id}`);
    await deliver(intruder);
    expect((await replyTo(intruder)).text).toContain('ไม่พบคิวที่คุณติดตาม');
    expect(h.queue.track(mine.trackingCode).ticket.status).toBe('waiting');

    const yes = lineEvent.postback('U1', postbackData(confirm, 'a=cancel-yes')!);
    await deliver(yes);
    expect((await replyTo(yes)).text).toContain(`ยกเลิกคิว ${mine.number} เรียบร้อยแล้ว`);
    expect(h.queue.track(mine.trackingCode).ticket.status).toBe('cancelled');
    // The reply confirmed it; staff cancelling someone else's ticket does push.
    h.queue.act(other.id, 'cancel', null);
    expect(h.outbox().map((r) => [r.kind, r.line_user_id])).toEqual([['ticket.cancelled', 'U2']]);
  });

  it('answers a rating before the service is done, and links only unfinished tickets', async () => {
    h = await lineHub();
    const t = h.issue();
    const rate = lineEvent.postback('U1', `a=rate&t=${t.id}&s=5`);
    await deliver(lineEvent.text('U1', `คิว ${t.trackingCode}`), rate);
    expect((await replyTo(rate)).text).toContain('ให้คะแนนได้เมื่อรับบริการเสร็จแล้ว');
    expect(ratings()).toEqual([]);
    h.queue.act(t.id, 'cancel', null);
    const late = lineEvent.text('U2', `คิว ${t.trackingCode}`);
    await deliver(late);
    expect((await replyTo(late)).text).toContain('สิ้นสุดแล้ว');
    expect(h.links.usersFor(t.id)).toEqual(['U1']);
  });

  it('pushes the link confirmation when its reply cannot be sent', async () => {
    h = await lineHub();
    const [a, b] = [h.issue(), h.issue()];
    const first = lineEvent.text('U1', `คิว ${a.trackingCode}`);
    await deliver(first);
    await replyTo(first);
    // LINE refuses a reply token used before.
    await deliver({ ...lineEvent.text('U1', `คิว ${b.trackingCode}`), replyToken: first.replyToken! });
    await h.fake.waitFor(() => h.outbox().length === 1);
    expect(h.outbox()[0]).toMatchObject({ kind: 'ticket.issued', ticket_id: b.id, line_user_id: 'U1' });
    await h.relay.flush();
    expect(h.fake.pushes).toHaveLength(1);
    expect(h.fake.pushes[0]!.messages[0]!.altText).toContain(b.number);
  });
});
