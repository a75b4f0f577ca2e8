// After sign-in: which counter this PC is. The choice is remembered with the session.
import { pick, type Counter, type Lang, type Service } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useCallback, useEffect, useState } from 'react';
import { errorText, t } from '../messages';
import { LangSwitch } from './lang-switch';

interface Props {
  api: Api;
  lang: Lang;
  onLang: (lang: Lang) => void;
  userName: string;
  onChoose: (counterId: number) => void;
  onSignOut: () => void;
  onUnauthorized: () => void;
}

export function CounterPicker({ api, lang, onLang, userName, onChoose, onSignOut, onUnauthorized }: Props) {
  const [data, setData] = useState<{ counters: Counter[]; services: Service[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

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

  const codes = (ids: number[]) => ids.map((id) => data?.services.find((s) => s.id === id)?.code ?? '?').join(' · ');

  return (
    <main className="centered-page">
      <section className="card picker-card">
        <div className="card-head">
          <h1>{t('chooseCounter', lang)}</h1>
          <LangSwitch lang={lang} onChange={onLang} />
        </div>
        <p className="muted">
          {userName} ·{' '}
          <button type="button" className="link-button" onClick={onSignOut} data-testid="sign-out">
            {t('signOut', lang)}
          </button>
        </p>
        {error !== null && (
          <p className="form-error" role="alert" data-testid="picker-error">
            {errorText(error, lang)}{' '}
            <button type="button" className="link-button" onClick={() => void load()}>
              {t('retry', lang)}
            </button>
          </p>
        )}
        {!data && error === null && <p className="muted">{t('loading', lang)}</p>}
        <div className="picker-grid">
          {data?.counters.map((c) => (
            <button
              key={c.id}
              type="button"
              className="picker-item"
              onClick={() => onChoose(c.id)}
              data-testid={`choose-counter-${c.id}`}
            >
              <strong>{pick(c.names, lang)}</strong>
              <span className="picker-services">{codes(c.serviceIds)}</span>
              <span className={`pill ${c.open ? 'pill-open' : 'pill-paused'}`}>{t(c.open ? 'open' : 'paused', lang)}</span>
            </button>
          ))}
        </div>
      </section>
    </main>
  );
}
