// What a citizen may do with their tracking code: cancel a ticket still waiting, and rate one that
// was served (once). Each runs as one change of the engine.
import type { Ticket } from '@oss/shared';
import type { Db } from '../db/open.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { TicketRepo } from '../tickets/ticket-repo.js';
import type { QueueEngine } from './engine.js';

export class CitizenActions {
  private readonly ratingGet;
  private readonly ratingPut;

  constructor(
    db: Db,
    private readonly engine: QueueEngine,
    private readonly tickets: TicketRepo,
  ) {
    this.ratingGet = db.prepare<[number], { score: number }>('SELECT score FROM ratings WHERE ticket_id = ?');
    this.ratingPut = db.prepare<[number, number, string | null, number]>(
      'INSERT INTO ratings (ticket_id, score, comment, created_at) VALUES (?, ?, ?, ?)',
    );
  }

  cancelByCitizen(code: string): Ticket {
    return this.engine.write((events, views, now) => {
      const row = this.tickets.byTrackingCode(code);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      if (row.status !== 'waiting' && row.status !== 'transferred') {
        throw new AppError(409, 'invalid-transition', 'Only a ticket that is still waiting can be cancelled here');
      }
      return this.engine.change(events, views, row, 'cancel', now, null);
    });
  }

  rate(code: string, score: number, comment: string | undefined): { score: number; comment: string | null } {
    return this.engine.write((_events, _views, now) => {
      const row = this.tickets.byTrackingCode(code);
      if (!row) throw notFound('ticket-not-found', 'Ticket');
      if (row.status !== 'done') throw new AppError(409, 'invalid-transition', 'A ticket can be rated once it is served');
      if (this.ratingGet.get(row.id)) throw conflict('already-rated', 'This ticket has been rated already');
      this.ratingPut.run(row.id, score, comment || null, now);
      return { score, comment: comment || null };
    });
  }
}
