// What the hub does with each webhook event from a citizen's chat: link a ticket from the code in
// its QR, follow/unfollow, rate and cancel from the buttons. Each event is handled once: its
// webhookEventId is recorded in the same transaction as what it changes.
import { FINAL_STATUSES, trackingCodeFromText, LINE_LINK_WORD, type TicketStatus } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { AppError } from '../errors.js';
import type { Queue } from '../queue/queue.js';
import type { TicketRow } from '../tickets/ticket-repo.js';
import type { LineAlerts } from './alerts.js';
import type { LineMessage } from './flex.js';
import type { MessageKind } from './kinds.js';
import type { LinksRepo } from './links-repo.js';
import { calledMessage, issuedMessage } from './messages.js';
import type { OutboxRepo } from './outbox-repo.js';
import { parsePostback, type PostbackData } from './postback-data.js';
import { replies } from './replies.js';
import type { SeenEventsRepo } from './seen-events-repo.js';
import { infoFromRow, infoFromTicket } from './ticket-info.js';
import type { LineEvent } from './webhook-schema.js';

export interface ChatDeps {
  db: Db;
  queue: Queue;
  links: LinksRepo;
  outbox: OutboxRepo;
  seen: SeenEventsRepo;
  alerts: LineAlerts;
  clock: Clock;
  aheadAlert: number;
  publicUrl: string | undefined;
}

/** The answer to one event: a reply, and a push to fall back on when the reply cannot go out. */
export interface ChatOutcome {
  lineUserId: string;
  replyToken: string | null;
  messages: LineMessage[];
  fallback: { ticketId: number; kind: MessageKind } | null;
}

const isFinal = (s: TicketStatus) => (FINAL_STATUSES as readonly TicketStatus[]).includes(s);
const isQueued = (s: TicketStatus) => s === 'waiting' || s === 'transferred';

export class LineChat {
  constructor(private readonly deps: ChatDeps) {}

  /** Null when there is nothing to say (seen before, not for us, or nothing to answer). */
  handle(event: LineEvent): ChatOutcome | null {
    if (event.mode === 'standby') return null;
    // The Official Account talks to citizens one to one; groups and rooms are not followed.
    const lineUserId = event.source?.type === 'user' ? event.source.userId : undefined;
    if (!lineUserId) return null;
    const { db, seen, clock } = this.deps;
    const now = clock.now().getTime();
    // A redelivery whose id we recorded is dropped; one we never saw (the hub was unreachable
    // when LINE first tried) is handled now, once.
    return db
      .transaction(() => (seen.firstSeen(event.webhookEventId, now) ? this.act(event, lineUserId, now) : null))
      .immediate();
  }

  private act(event: LineEvent, lineUserId: string, now: number): ChatOutcome | null {
    const reply = (messages: LineMessage[], fallback: ChatOutcome['fallback'] = null): ChatOutcome => ({
      lineUserId,
      replyToken: 'replyToken' in event && typeof event.replyToken === 'string' ? event.replyToken : null,
      messages,
      fallback,
    });
    switch (event.type) {
      case 'follow':
        return reply([replies.welcome()]);
      case 'unfollow':
        // Blocked or removed: forget their tickets and send nothing more.
        this.deps.links.unlinkUser(lineUserId);
        this.deps.outbox.dropForUser(lineUserId, now);
        return null;
      case 'message': {
        const body = event.message.type === 'text' ? (event.message.text ?? '') : '';
        const code = trackingCodeFromText(body);
        if (code) return this.link(code, lineUserId, now, reply);
        // Only an attempt at a code gets an answer; other chat is left to the office's staff.
        return body.trim().startsWith(LINE_LINK_WORD) ? reply([replies.notFound()]) : null;
      }
      case 'postback': {
        const data = parsePostback(event.postback.data);
        return data ? this.postback(data, lineUserId, reply) : null;
      }
    }
  }

  private link(
    code: string,
    lineUserId: string,
    now: number,
    reply: (m: LineMessage[], f?: ChatOutcome['fallback']) => ChatOutcome,
  ): ChatOutcome {
    const { queue, links, aheadAlert, publicUrl } = this.deps;
    const row = queue.tickets.byTrackingCode(code);
    if (!row) return reply([replies.notFound()]);
    if (isFinal(row.status) || row.business_day !== queue.businessDay()) return reply([replies.finished(row.number)]);
    links.link(row.id, lineUserId, now);
    const info = infoFromTicket(queue, queue.track(code).ticket, publicUrl);
    // The confirmation already says how many are ahead: no separate "N ahead" alert for that.
    if (info.ahead !== null && info.ahead <= aheadAlert) links.markAheadAlerted(row.id);
    if (row.status === 'called') return reply([calledMessage(info)], { ticketId: row.id, kind: 'ticket.called' });
    return reply([issuedMessage(info)], { ticketId: row.id, kind: 'ticket.issued' });
  }

  private postback(data: PostbackData, lineUserId: string, reply: (m: LineMessage[]) => ChatOutcome): ChatOutcome {
    const { queue, links, alerts, publicUrl } = this.deps;
    const row: TicketRow | undefined = queue.tickets.byId(data.t);
    // Buttons act only for the LINE user who follows that ticket (and only until the purge).
    if (!row || !links.isLinked(row.id, lineUserId)) return reply([replies.linkGone()]);
    switch (data.a) {
      case 'rate':
        try {
          queue.rate(row.tracking_code, data.s, undefined);
          return reply([replies.rated(data.s)]);
        } catch (err) {
          if (err instanceof AppError && err.code === 'already-rated') return reply([replies.alreadyRated()]);
          if (err instanceof AppError && err.code === 'invalid-transition') return reply([replies.notServedYet()]);
          throw err;
        }
      case 'cancel':
        if (!isQueued(row.status)) return reply([replies.cannotCancel(row.number)]);
        return reply([replies.cancelConfirm(infoFromRow(queue, row, null, publicUrl))]);
      case 'cancel-yes':
        try {
          alerts.muteWhile(row.id, () => queue.cancelByCitizen(row.tracking_code));
          return reply([replies.cancelled(row.number)]);
        } catch (err) {
          if (err instanceof AppError) return reply([replies.cannotCancel(row.number)]);
          throw err;
        }
      case 'keep':
        return reply([replies.kept(row.number)]);
    }
  }
}
