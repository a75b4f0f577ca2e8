// POST /line/webhook (outside /api/v1, docs/design.md §6.2). The body is kept raw by a parser scoped to this
// plugin, so the signature is checked on the exact bytes LINE signed. A bad or missing signature
// is 401 and nothing changes; bad input is 400; events of unknown types are ignored with 200.
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../errors.js';
import type { LineChat } from './chat.js';
import type { Replier } from './replier.js';
import { isValidSignature } from './signature.js';
import { LineEvent, WebhookBody } from './webhook-schema.js';

const WEBHOOK_PATH = '/line/webhook';
const BODY_LIMIT = 512 * 1024;

export interface WebhookDeps {
  channelSecret: string;
  chat: LineChat;
  replier: Replier;
}

export const lineWebhookRoutes: FastifyPluginAsync<WebhookDeps> = async (app, { channelSecret, chat, replier }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.post(WEBHOOK_PATH, { bodyLimit: BODY_LIMIT, schema: { hide: true } }, async (request, reply) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (!isValidSignature(raw, channelSecret, request.headers['x-line-signature'])) {
      throw new AppError(401, 'invalid-signature', 'The x-line-signature header is missing or does not match the body');
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new AppError(400, 'bad-request', 'The body is not valid JSON');
    }
    const body = WebhookBody.safeParse(json);
    if (!body.success) throw new AppError(400, 'bad-request', 'The body is not a LINE webhook');

    for (const item of body.data.events) {
      const event = LineEvent.safeParse(item);
      if (!event.success) continue;
      try {
        const outcome = chat.handle(event.data);
        if (outcome && (outcome.replyToken || outcome.fallback)) replier.send(outcome);
      } catch (err) {
        // A bug must not make LINE retry the whole batch forever: log it, go on with the rest.
        request.log.error({ err, type: event.data.type }, 'LINE webhook event failed');
      }
    }
    return reply.status(200).send({});
  });
};
