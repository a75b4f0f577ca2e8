// One ticket on the citizen's phone: number, service, status, and what to do now.
import {
  formatWaitRange,
  isQueued,
  STATUS_LABELS,
  type Lang,
  type Localized,
  type TrackedTicket,
  type TrackResponse,
} from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { CancelTicket } from './cancel-ticket.js';
import { counterNameById } from './counter-names.js';
import { aheadCount, T } from './messages.js';
import { NowServingList } from './now-serving-list.js';
import { RatingForm } from './rating-form.js';

interface Props {
  api: Api;
  code: string;
  data: TrackResponse;
  counters: Array<{ id: number; name: string; names: Localized }> | undefined;
  lang: Lang;
  onCancelled: (ticket: TrackedTicket) => void;
}

export function TrackTicket({ api, code, data, counters, lang, onCancelled }: Props) {
  const { ticket, ahead, nowServing, service } = data;
  const queued = isQueued(ticket);
  const atCounter = ticket.status === 'called' || ticket.status === 'serving';
  const counterName = ticket.counter ? counterNameById(counters, ticket.counter.id, ticket.counter.name, lang) : '';
  return (
    <>
      {atCounter && ticket.counter && (
        <section className={`your-turn${ticket.status === 'called' ? ' called' : ''}`} role="alert" data-testid="your-turn">
          {ticket.status === 'called' ? (
            <>
              <p className="your-turn-title">{T.yourTurn[lang]}</p>
              <p className="your-turn-counter">
                {T.goTo[lang]} <strong data-testid="your-counter">{counterName}</strong>
              </p>
            </>
          ) : (
            <p className="your-turn-counter">
              {T.beingServed[lang]} <strong data-testid="your-counter">{counterName}</strong>
            </p>
          )}
        </section>
      )}

      <section className="card ticket-card" aria-labelledby="track-label">
        <p id="track-label" className="muted">
          {T.yourNumber[lang]}
        </p>
        <p className="track-number" data-testid="track-number">
          {ticket.number}
        </p>
        <p className="track-service" data-testid="track-service">
          {service.name[lang]}
        </p>
        <p className={`status-badge status-${ticket.status}`} data-testid="track-status" data-status={ticket.status}>
          {T.status[lang]}: {STATUS_LABELS[ticket.status][lang]}
        </p>
        {queued && (
          <dl className="facts">
            <div>
              <dt>{T.ahead[lang]}</dt>
              <dd data-testid="track-ahead" data-ahead={ahead}>
                {aheadCount(ahead, lang)}
              </dd>
            </div>
            {ticket.estimatedWait && (
              <div>
                <dt>{T.wait[lang]}</dt>
                <dd data-testid="track-wait">{formatWaitRange(ticket.estimatedWait, lang)}</dd>
              </div>
            )}
          </dl>
        )}
        {ticket.status === 'cancelled' && <p className="muted">{T.cancelled[lang]}</p>}
      </section>

      {ticket.status === 'done' && (
        <>
          <p className="finished">{T.finished[lang]}</p>
          <RatingForm api={api} code={code} lang={lang} />
        </>
      )}

      {(queued || atCounter) && (
        <NowServingList nowServing={nowServing} counters={counters} ownNumber={ticket.number} lang={lang} />
      )}

      {queued && <CancelTicket key={ticket.status} api={api} code={code} lang={lang} onCancelled={onCancelled} />}
    </>
  );
}
