// The tracker page (/t/<code>), opened from the QR on a ticket: live without reloading.
import { pick } from '@oss/shared';
import { createApi, useLang, useLive } from '@oss/shared/client';
import { useEffect, useMemo, useRef } from 'react';
import { LangSwitch } from '../common/lang-switch.js';
import { DEFAULT_OFFICE_NAME } from '../common/office.js';
import { OfflineBanner } from '../common/offline-banner.js';
import { T } from './messages.js';
import { TrackTicket } from './track-ticket.js';
import { useTracking } from './use-tracking.js';

export function TrackApp({ code }: { code: string | null }) {
  const api = useMemo(() => createApi(), []);
  const [lang, setLang] = useLang();
  const live = useLive('kiosk');
  const { state, reload, replaceTicket } = useTracking(api, code, live.state?.version, live.status);
  const status = state.kind === 'ok' ? state.data.ticket.status : null;
  const number = state.kind === 'ok' ? state.data.ticket.number : null;

  // Buzz the phone once when the ticket is called, and say so in the tab title.
  const lastStatus = useRef(status);
  useEffect(() => {
    if (status === 'called' && lastStatus.current !== null && lastStatus.current !== 'called')
      navigator.vibrate?.([300, 150, 300]);
    lastStatus.current = status;
  }, [status]);
  useEffect(() => {
    const base = number ? `${number} · ${T.pageTitle[lang]}` : T.pageTitle[lang];
    document.title = status === 'called' ? `${T.yourTurn[lang]}! ${base}` : base;
  }, [number, status, lang]);

  let body;
  if (state.kind === 'loading') {
    body = (
      <p className="card muted" role="status">
        {T.loading[lang]}
      </p>
    );
  } else if (state.kind === 'not-found' || !code) {
    body = (
      <section className="card" role="alert" data-testid="track-not-found">
        <h1>{T.notFoundTitle[lang]}</h1>
        <p>{T.notFoundText[lang]}</p>
      </section>
    );
  } else if (state.kind === 'error') {
    body = (
      <section className="card" role="alert" data-testid="track-error">
        <h1>{T.errorTitle[lang]}</h1>
        <p>{T.errorText[lang]}</p>
        <button type="button" className="button primary" onClick={reload}>
          {T.tryAgain[lang]}
        </button>
      </section>
    );
  } else {
    body = (
      <>
        {state.stale && live.status !== 'offline' && (
          <p className="stale" role="status">
            {T.stale[lang]}
          </p>
        )}
        <TrackTicket
          api={api}
          code={code}
          data={state.data}
          counters={live.state?.counters}
          lang={lang}
          onCancelled={(ticket) => {
            replaceTicket(ticket);
            reload();
          }}
        />
      </>
    );
  }

  return (
    <div className="track">
      <header className="track-header">
        <span className="track-office">{pick(live.state?.office.name ?? DEFAULT_OFFICE_NAME, lang)}</span>
        <LangSwitch lang={lang} onChange={setLang} className="small" />
      </header>
      <OfflineBanner status={live.status} text={T.offline[lang]} />
      <main className="track-main">{body}</main>
    </div>
  );
}
