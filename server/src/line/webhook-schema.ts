// The webhook payload, validated for the fields the hub uses; everything else passes through.
// An event of another type, or one that does not match, is ignored (LINE adds types over time).
import { z } from 'zod';

export const WebhookBody = z.looseObject({
  destination: z.string().max(100).optional(),
  events: z.array(z.unknown()).max(100),
});

const Base = {
  webhookEventId: z.string().min(1).max(64),
  timestamp: z.number(),
  // "standby" means another channel answers this chat (a module channel): hands off.
  mode: z.string().max(20).optional(),
  deliveryContext: z.looseObject({ isRedelivery: z.boolean() }),
  source: z.looseObject({ type: z.string().max(20), userId: z.string().min(1).max(64).optional() }).optional(),
};
const ReplyToken = z.string().min(1).max(200).optional();

export const LineEvent = z.discriminatedUnion('type', [
  z.looseObject({
    ...Base,
    type: z.literal('message'),
    replyToken: ReplyToken,
    message: z.looseObject({ type: z.string().max(20), text: z.string().max(5000).optional() }),
  }),
  z.looseObject({ ...Base, type: z.literal('follow'), replyToken: ReplyToken }),
  z.looseObject({ ...Base, type: z.literal('unfollow') }),
  z.looseObject({
    ...Base,
    type: z.literal('postback'),
    replyToken: ReplyToken,
    postback: z.looseObject({ data: z.string().max(300) }),
  }),
]);
export type LineEvent = z.infer<typeof LineEvent>;
