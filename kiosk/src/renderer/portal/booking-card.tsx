// A booked appointment: the day and time, the code and its QR (OSSB:<code>) to show at the kiosk.
import { bookingQrText, formatDate, formatTime, type Booking, type Lang } from '@oss/shared';
import { QrCode } from '../common/qr-code.js';
import { DEFAULT_TIME_ZONE } from '../common/office.js';
import { P } from './messages.js';

interface Props {
  lang: Lang;
  booking: Booking;
  lineLinked: boolean;
  onCancel: () => void;
}

export function BookingCard({ lang, booking, lineLinked, onCancel }: Props) {
  const at = new Date(booking.slotAt);
  return (
    <section className="card ticket-card" data-testid="booking-card" data-booking-status={booking.status}>
      <h2>{P.bookingTitle[lang]}</h2>
      <p className="booking-when" data-testid="booking-when">
        {formatDate(at, lang, DEFAULT_TIME_ZONE)} · {formatTime(at, DEFAULT_TIME_ZONE)} {lang === 'th' ? 'น.' : ''}
      </p>
      <QrCode text={bookingQrText(booking.code)} alt={P.bookingCode[lang]} size={240} testId="booking-qr" />
      <p>
        {P.bookingCode[lang]}:{' '}
        <strong className="booking-code" data-testid="booking-code">
          {booking.code.slice(0, 5)}-{booking.code.slice(5)}
        </strong>
      </p>
      <p className="muted">{P.bookingHint[lang]}</p>
      {lineLinked && <p className="muted">{P.lineNote[lang]}</p>}
      <button type="button" className="button outline-danger" onClick={onCancel} data-testid="cancel-booking">
        {P.cancelBooking[lang]}
      </button>
    </section>
  );
}
