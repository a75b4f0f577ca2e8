// Renderer. "มีนัดหมาย / I have a booking": a booking QR scanned (a keyboard-mode scanner types
// into a hidden focused field and presses Enter; the shell's scanner comes through deliverScan),
// or the code typed on the on-screen keypad. The hub checks the booking in and the kiosk shows the
// ticket as for any other.
import { CODE_ALPHABET, bookingCodeFromText, type Lang, type Ticket } from '@oss/shared';
import { ApiError } from '@oss/shared/client';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useIdle } from '../use-idle.js';
import { checkInBooking } from './check-in.js';
import { wedgeChar } from './keyboard-wedge.js';
import { B, checkInError } from './messages.js';
import { onBookingScan } from './scan.js';
import './check-in.css';

const KEYS = CODE_ALPHABET.split('');
const CODE_LENGTH = 10;

interface Props {
  lang: Lang;
  idleMs: number;
  /** A code already scanned on the start screen. */
  initialCode?: string | undefined;
  onTicket: (ticket: Ticket) => void;
  onBack: () => void;
  onIdle: () => void;
}

export function BookingCheckIn({ lang, idleMs, initialCode, onTicket, onBack, onIdle }: Props) {
  useIdle(idleMs, onIdle);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hidden = useRef<HTMLInputElement>(null);
  const attempt = useRef(0);
  const onTicketRef = useRef(onTicket);
  useEffect(() => {
    onTicketRef.current = onTicket;
  });

  const submit = (text: string) => {
    const code = bookingCodeFromText(text);
    if (!code) {
      setError('booking-not-found');
      return;
    }
    const mine = ++attempt.current;
    setBusy(true);
    setError(null);
    checkInBooking(code).then(
      (ticket) => mine === attempt.current && onTicketRef.current(ticket),
      (err: unknown) => {
        if (mine !== attempt.current) return;
        setBusy(false);
        setTyped('');
        setError(err instanceof ApiError ? err.code : 'hub-unreachable');
      },
    );
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });

  useEffect(() => {
    hidden.current?.focus();
    if (initialCode) submitRef.current(initialCode);
    const off = onBookingScan((code) => submitRef.current(code));
    const attempts = attempt;
    return () => {
      off();
      attempts.current++; // an answer after leaving is dropped
    };
  }, [initialCode]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.preventDefault();
    if (busy) return;
    if (e.key === 'Enter') return submit(typed);
    if (e.key === 'Backspace') return setTyped((t) => t.slice(0, -1));
    const ch = wedgeChar(e.nativeEvent);
    // A scanner sends "OSSB:" first: keep it, the code is taken from the whole text.
    if (ch !== null) setTyped((t) => (t.length < 40 ? t + ch : t));
  };
  // Taps on the keypad must not take the focus away from the scanner's field.
  const keep = (e: PointerEvent) => e.preventDefault();
  const shown = typed.replace(/^OSSB:/i, '');

  return (
    <section className="check-in" data-testid="booking-check-in" onClick={() => hidden.current?.focus()}>
      <h1>{B.title[lang]}</h1>
      <p className="check-in-hint">{B.scanHint[lang]}</p>
      <input
        ref={hidden}
        className="wedge-input"
        aria-label={B.codeLabel[lang]}
        value=""
        onChange={() => undefined}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => hidden.current?.focus(), 0)}
        autoComplete="off"
        inputMode="none"
        data-testid="booking-scan-input"
      />
      <div className="check-in-code" aria-live="polite" data-testid="booking-typed">
        {shown.padEnd(CODE_LENGTH, '·').slice(0, Math.max(CODE_LENGTH, shown.length))}
      </div>
      {error && (
        <p className="check-in-error" role="alert" data-testid="check-in-error" data-error-code={error}>
          {checkInError(error)[lang]}
        </p>
      )}
      {busy && (
        <p className="check-in-busy" role="status">
          {B.checking[lang]}
        </p>
      )}
      <div className="keypad" role="group" aria-label={B.codeLabel[lang]}>
        {KEYS.map((k) => (
          <button
            key={k}
            type="button"
            className="key"
            disabled={busy}
            onPointerDown={keep}
            onClick={() => setTyped((t) => (t.replace(/^OSSB:/i, '').length < CODE_LENGTH ? t + k : t))}
            data-testid={`key-${k}`}
          >
            {k}
          </button>
        ))}
        <button
          type="button"
          className="key wide"
          onPointerDown={keep}
          onClick={() => setTyped((t) => t.slice(0, -1))}
          data-testid="key-delete"
        >
          {B.delete[lang]}
        </button>
        <button type="button" className="key wide" onPointerDown={keep} onClick={() => setTyped('')} data-testid="key-clear">
          {B.clear[lang]}
        </button>
      </div>
      <div className="check-in-actions">
        <button type="button" className="big-button secondary" onClick={onBack} data-testid="check-in-back">
          {B.back[lang]}
        </button>
        <button
          type="button"
          className="big-button primary"
          disabled={busy || shown.length !== CODE_LENGTH}
          onPointerDown={keep}
          onClick={() => submit(typed)}
          data-testid="check-in-submit"
        >
          {B.checkIn[lang]}
        </button>
      </div>
    </section>
  );
}

/** The start screen's way in. */
export function BookingButton({ lang, onClick }: { lang: Lang; onClick: () => void }) {
  return (
    <button type="button" className="booking-button" onClick={onClick} data-testid="booking-start">
      <span className="booking-button-title">
        {B.button[lang]} <span lang={lang === 'th' ? 'en' : 'th'}>/ {B.button[lang === 'th' ? 'en' : 'th']}</span>
      </span>
      <span className="booking-button-hint">{B.buttonHint[lang]}</span>
    </button>
  );
}
