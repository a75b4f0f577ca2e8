// The issued ticket: the number as large as the screen allows, the service, how many are ahead,
// the wait, the Thai date and time, and a QR that opens this ticket's tracker on a phone.
import { formatDate, formatTime, formatWaitRange, PRIORITY_LABELS, type Lang, type Service, type Ticket } from '@oss/shared';
import './ticket.css';
import { otherLang } from '../common/lang.js';
import { QrCode } from '../common/qr-code.js';
import { aheadText, M, PRINT_TEXT, returnCountdown } from './messages.js';
import type { PrintStatus } from './print.js';
import { useIdle } from './use-idle.js';

interface Props {
  ticket: Ticket;
  service: Service | undefined;
  lang: Lang;
  timeZone: string;
  print: PrintStatus;
  idleMs: number;
  onDone: () => void;
}

function trackingUrl(trackingCode: string): string {
  return `${window.location.origin}/t/${encodeURIComponent(trackingCode)}`;
}

export function TicketView({ ticket, service, lang, timeZone, print, idleMs, onDone }: Props) {
  const left = useIdle(idleMs, onDone);
  const alt = otherLang(lang);
  const issuedAt = new Date(ticket.issuedAt);
  const wait = ticket.estimatedWait ?? service?.estimatedWait ?? null;
  const url = trackingUrl(ticket.trackingCode);
  return (
    <section className="ticket" aria-labelledby="ticket-label" data-testid="ticket-view">
      <div className="ticket-part">
        <p id="ticket-label" className="ticket-label">
          {M.yourNumber[lang]}
        </p>
        <p className="ticket-number" data-testid="ticket-number" aria-live="polite">
          {ticket.number}
        </p>
        {service && (
          <p className="ticket-service" data-testid="ticket-service">
            {service.name[lang]}
            <span className="ticket-service-alt" lang={alt}>
              {service.name[alt]}
            </span>
          </p>
        )}
        {ticket.priority !== 'none' && (
          <p className="ticket-priority" data-testid="ticket-priority">
            {PRIORITY_LABELS[ticket.priority][lang]}
          </p>
        )}

        <dl className="ticket-facts">
          {ticket.position !== null && (
            <div>
              <dt>{M.aheadLabel[lang]}</dt>
              <dd data-testid="ticket-ahead">{aheadText(ticket.position - 1, lang)}</dd>
            </div>
          )}
          {wait && (
            <div>
              <dt>{M.waitLabel[lang]}</dt>
              <dd data-testid="ticket-wait">{formatWaitRange(wait, lang)}</dd>
            </div>
          )}
        </dl>
        <p className="ticket-issued" data-testid="ticket-issued">
          {M.issuedLabel[lang]} {formatDate(issuedAt, lang, timeZone)} {M.at[lang]} {formatTime(issuedAt, timeZone)}
          {lang === 'th' ? ' น.' : ''}
        </p>
      </div>

      <div className="ticket-part">
        <p className={`print-status print-${print}`} role="status" data-testid="print-status" data-print={print}>
          {PRINT_TEXT[print][lang]}
        </p>
        <div className="ticket-qr">
          <QrCode text={url} alt={M.qrAlt[lang]} size={340} testId="ticket-qr" />
          <div>
            <p className="ticket-qr-title">{M.followTitle[lang]}</p>
            <p className="ticket-qr-caption">{M.scanToFollow[lang]}</p>
          </div>
        </div>
        <p className="ticket-wait-hint">{M.pleaseWait[lang]}</p>

        <button type="button" className="big-button primary done-button" data-testid="done" onClick={onDone}>
          <span className="big-button-main">{M.done[lang]}</span>
          <span className="big-button-alt" lang={alt}>
            {M.done[alt]}
          </span>
        </button>
        <p className="countdown" data-testid="countdown">
          {returnCountdown(left, lang)}
        </p>
      </div>
    </section>
  );
}
