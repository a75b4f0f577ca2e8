// How to come for a submitted request: a ticket for today's queue, or a booked day and time.
import { formatDate, type Lang, type SlotsResponse } from '@oss/shared';
import { useEffect, useState } from 'react';
import { errorCodeOf, portalApi } from './api.js';
import { ErrorLine } from './form.js';
import { P } from './messages.js';

interface Props {
  lang: Lang;
  requestId: number;
  serviceId: number;
  onDone: () => void;
}

export function BookingPicker({ lang, requestId, serviceId, onDone }: Props) {
  const [slots, setSlots] = useState<SlotsResponse | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [at, setAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    portalApi.slots(serviceId).then(
      (s) => {
        setSlots(s);
        setDay(s.days[0]?.date ?? null);
      },
      (err: unknown) => setError(errorCodeOf(err)),
    );
  }, [serviceId]);

  const act = (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    fn().then(onDone, (err: unknown) => {
      setError(errorCodeOf(err));
      setBusy(false);
    });
  };
  const today = slots?.days[0];
  const chosen = slots?.days.find((d) => d.date === day);

  return (
    <section className="card" data-testid="booking-picker">
      <h2>{P.howToCome[lang]}</h2>
      <button
        type="button"
        className="button wide"
        disabled={busy}
        onClick={() => act(() => portalApi.sameDayTicket(requestId))}
        data-testid="take-ticket"
      >
        {P.todayTicket[lang]}
      </button>
      <h2 className="spaced">{P.bookSlot[lang]}</h2>
      {slots && slots.days.length === 0 && <p className="muted">{P.noSlots[lang]}</p>}
      {slots && slots.days.length > 0 && (
        <>
          <label className="field">
            <span className="field-label">{P.chooseDay[lang]}</span>
            <select value={day ?? ''} onChange={(e) => (setDay(e.target.value), setAt(null))} data-testid="slot-day">
              {slots.days.map((d) => (
                <option key={d.date} value={d.date}>
                  {formatDate(new Date(`${d.date}T12:00:00Z`), lang, 'UTC')}
                  {d.date === today?.date ? (lang === 'th' ? ' (วันนี้)' : ' (today)') : ''}
                </option>
              ))}
            </select>
          </label>
          <div className="slots" role="group" aria-label={P.chooseTime[lang]}>
            {chosen?.slots.map((s) => (
              <button
                key={s.at}
                type="button"
                className="slot"
                aria-pressed={at === s.at}
                disabled={s.available === 0}
                onClick={() => setAt(s.at)}
                data-testid={`slot-${s.time}`}
              >
                {s.time}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="button primary wide"
            disabled={!at || busy}
            onClick={() => at && act(() => portalApi.book(requestId, at))}
            data-testid="confirm-booking"
          >
            {P.confirmBooking[lang]}
          </button>
        </>
      )}
      <ErrorLine code={error} lang={lang} />
    </section>
  );
}
