// The ticket at this counter, as big as the panel allows: staff glance at it between citizens.
import { formatTime, pick, STATUS_LABELS, type Lang, type Service, type Ticket } from '@oss/shared';
import { MESSAGES, t } from '../messages';
import { minutesSince } from '../time';
import { PriorityBadge } from './priority-badge';

interface Props {
  ticket: Ticket | null;
  services: Service[];
  timeZone: string;
  now: Date;
  lang: Lang;
  busy: boolean;
  /** Prints the ticket again on the hub's printer (key P). */
  onReprint: () => void;
}

export function CurrentTicket({ ticket, services, timeZone, now, lang, busy, onReprint }: Props) {
  if (!ticket) {
    return (
      <section className="current current-empty" aria-label={t('currentTicket', lang)} data-testid="current-ticket">
        <div className="current-label">{t('currentTicket', lang)}</div>
        <div className="current-number current-free" data-testid="current-number" data-empty="true">
          {t('noCurrent', lang)}
        </div>
        <div className="current-meta muted">{t('noCurrentHint', lang)}</div>
      </section>
    );
  }
  const service = services.find((s) => s.id === ticket.serviceId);
  const waited = minutesSince(ticket.issuedAt, now);
  const since = ticket.status === 'serving' ? ticket.startedAt : ticket.calledAt;
  return (
    <section
      className={`current current-${ticket.status}`}
      aria-label={t('currentTicket', lang)}
      data-testid="current-ticket"
      data-recalls={ticket.recalls}
    >
      <div className="current-head">
        <span className="current-label">{t('currentTicket', lang)}</span>
        <button type="button" className="btn btn-small" disabled={busy} onClick={onReprint} data-testid="reprint">
          <span>{t('reprint', lang)}</span>
          <kbd>P</kbd>
        </button>
      </div>
      <div className="current-row">
        <div className="current-number" data-testid="current-number">
          {ticket.number}
        </div>
        <div className="current-side">
          <span className={`status status-${ticket.status}`} data-testid="current-status" data-status={ticket.status}>
            {pick(STATUS_LABELS[ticket.status], lang)}
            {since && ` ${formatTime(new Date(since), timeZone)}`}
          </span>
          <PriorityBadge priority={ticket.priority} lang={lang} />
        </div>
      </div>
      <div className="current-meta">
        {service && (
          <span data-testid="current-service">
            <strong>{service.code}</strong> {pick(service.name, lang)}
          </span>
        )}
        {waited !== null && (
          <span>
            {pick(MESSAGES.waited, lang)} {waited} {t('minutes', lang)}
          </span>
        )}
        {ticket.recalls > 0 && (
          <span>
            {t('recalls', lang)} ×{ticket.recalls}
          </span>
        )}
      </div>
      {ticket.note && <div className="current-note">{ticket.note}</div>}
    </section>
  );
}
