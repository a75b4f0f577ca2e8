// After sign-in: which counter this PC is. Choosing one claims it for this login; a counter someone
// else holds is refused with their name, and a supervisor or admin may take it over.
import { pick, type Counter, type Lang, type Service, type User } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { holderFromError, refusalText, type Refusal } from '../counter-claim';
import { errorText, t } from '../messages';
import { mayReport, type Route } from '../route';
import { LangSwitch } from './lang-switch';
import { NavLinks } from './nav-links';

interface Props {
  api: Api;
  lang: Lang;
  onLang: (lang: Lang) => void;
  user: User;
  /** Set when the console sent us back here (refused on reload, or taken over). */
  initialRefusal: Refusal | null;
  /** The counter is claimed: open the console. */
  onClaimed: (counterId: number) => void;
  onNavigate: (route: Route) => void;
  onSignOut: () => void;
  onUnauthorized: () => void;
}

export function CounterPicker({
  api,
  lang,
  onLang,
  user,
  initialRefusal,
  onClaimed,
  onNavigate,
  onSignOut,
  onUnauthorized,
}: Props) {
  const [data, setData] = useState<{ counters: Counter[]; services: Service[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(initialRefusal);
  const [claiming, setClaiming] = useState<number | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [{ counters }, { services }] = await Promise.all([api.counters(), api.services()]);
      setData({ counters, services });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(err);
    }
  }, [api, onUnauthorized]);

  useEffect(() => {
    void load();
  }, [load]);

  async function choose(counterId: number, force = false) {
    if (claiming !== null) return;
    setClaiming(counterId);
    setError(null);
    setRefusal(null);
    try {
      await api.signIn(counterId, force);
      onClaimed(counterId);
    } catch (err) {
      const holder = holderFromError(err);
      if (holder !== null) {
        setRefusal({ kind: 'in-use', counterId, holder });
        void load();
      } else if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(err);
    } finally {
      setClaiming(null);
    }
  }

  const codes = (ids: number[]) => ids.map((id) => data?.services.find((s) => s.id === id)?.code ?? '?').join(' · ');
  const counters = data?.counters ?? [];

  return (
    <main className="centered-page">
      <section className="card picker-card">
        <div className="card-head">
          <h1>{t('chooseCounter', lang)}</h1>
          <LangSwitch lang={lang} onChange={onLang} />
        </div>
        <div className="picker-user">
          <p className="muted">
            {user.displayName} ·{' '}
            <button type="button" className="link-button" onClick={onSignOut} data-testid="sign-out">
              {t('signOut', lang)}
            </button>
          </p>
          {mayReport(user.role) && <NavLinks role={user.role} current="console" lang={lang} onNavigate={onNavigate} />}
        </div>
        {refusal && (
          <div className="form-error refusal" role="alert" data-testid="counter-in-use">
            <span>{refusalText(refusal, counters, lang)}</span>
            {refusal.kind === 'in-use' && mayReport(user.role) && (
              <button
                type="button"
                className="btn btn-small"
                disabled={claiming !== null}
                onClick={() => void choose(refusal.counterId, true)}
                data-testid="take-over"
              >
                {t('takeOver', lang)}
              </button>
            )}
          </div>
        )}
        {error !== null && (
          <p className="form-error" role="alert" data-testid="picker-error">
            {errorText(error, lang)}{' '}
            <button type="button" className="link-button" onClick={() => void load()}>
              {t('retry', lang)}
            </button>
          </p>
        )}
        {!data && error === null && <p className="muted">{t('loading', lang)}</p>}
        {claiming !== null && (
          <p className="muted" role="status">
            {t('claiming', lang)}
          </p>
        )}
        <div className="picker-grid">
          {counters.map((c) => (
            <button
              key={c.id}
              type="button"
              className="picker-item"
              disabled={claiming !== null}
              onClick={() => void choose(c.id)}
              data-testid={`choose-counter-${c.id}`}
            >
              <strong>{pick(c.names, lang)}</strong>
              <span className="picker-services">{codes(c.serviceIds)}</span>
              <span className={`pill ${c.open ? 'pill-open' : 'pill-paused'}`}>{t(c.open ? 'open' : 'paused', lang)}</span>
              {c.staff && c.staff.id !== user.id && (
                <span className="picker-holder" data-testid={`holder-${c.id}`}>
                  {t('inUseBy', lang)} {c.staff.displayName}
                </span>
              )}
            </button>
          ))}
        </div>
      </section>
    </main>
  );
}
