// LINE webhook events as the platform sends them, and a signed POST to the hub's webhook.
import { createHmac, randomUUID } from 'node:crypto';

export interface WebhookEvent {
  type: string;
  webhookEventId: string;
  timestamp: number;
  mode: 'active' | 'standby';
  deliveryContext: { isRedelivery: boolean };
  source: { type: string; userId?: string; groupId?: string };
  replyToken?: string;
  [key: string]: unknown;
}

const base = (type: string, userId: string): WebhookEvent => ({
  type,
  webhookEventId: `01H${randomUUID().replaceAll('-', '').slice(0, 23).toUpperCase()}`,
  timestamp: Date.now(),
  mode: 'active',
  deliveryContext: { isRedelivery: false },
  source: { type: 'user', userId },
});

export const lineEvent = {
  text: (userId: string, text: string): WebhookEvent => ({
    ...base('message', userId),
    replyToken: randomUUID().replaceAll('-', ''),
    message: { id: String(Date.now()), type: 'text', quoteToken: 'q', text },
  }),
  postback: (userId: string, data: string): WebhookEvent => ({
    ...base('postback', userId),
    replyToken: randomUUID().replaceAll('-', ''),
    postback: { data },
  }),
  follow: (userId: string): WebhookEvent => ({
    ...base('follow', userId),
    replyToken: randomUUID().replaceAll('-', ''),
    follow: { isUnblocked: false },
  }),
  unfollow: (userId: string): WebhookEvent => base('unfollow', userId),
  /** The same event again, as LINE redelivers it. */
  redelivery: (e: WebhookEvent): WebhookEvent => ({ ...e, deliveryContext: { isRedelivery: true } }),
};

export function signature(body: string, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

export interface PostWebhookOptions {
  /** Override the signature header; null sends none. */
  signature?: string | null;
  /** Send this exact body instead of the events. */
  rawBody?: string;
}

export async function postWebhook(
  hubUrl: string,
  channelSecret: string,
  events: WebhookEvent[],
  opts: PostWebhookOptions = {},
): Promise<{ status: number; body: unknown }> {
  const body = opts.rawBody ?? JSON.stringify({ destination: 'U0000000000000000000000000000000', events });
  const sig = opts.signature === undefined ? signature(body, channelSecret) : opts.signature;
  const res = await fetch(`${hubUrl}/line/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(sig === null ? {} : { 'x-line-signature': sig }) },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}
