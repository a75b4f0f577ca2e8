// Which page the console shows: sign-in, counter choice, or the console itself.
import type { LoginResponse } from '@oss/shared';
import { createApi, useLang } from '@oss/shared/client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConsolePage } from './components/console-page';
import { CounterPicker } from './components/counter-picker';
import { LoginPage } from './components/login-page';
import { t } from './messages';
import { loadSession, loadStoredCounter, saveSession, storeCounter, type Session } from './session';

export function App() {
  const [lang, setLang] = useLang();
  const [session, setSessionState] = useState<Session | null>(() => loadSession());
  const [signedOutBecause, setSignedOutBecause] = useState<'expired' | null>(null);
  const tokenRef = useRef(session?.token ?? null);
  const api = useMemo(() => createApi({ token: () => tokenRef.current }), []);

  const setSession = useCallback((next: Session | null) => {
    tokenRef.current = next?.token ?? null;
    saveSession(next);
    setSessionState(next);
  }, []);

  useEffect(() => {
    document.title = `${t('appTitle', lang)} · OSS`;
  }, [lang]);

  // The hub refused the token (expired, revoked, hub reinstalled): back to the form, saying why.
  const onUnauthorized = useCallback(() => {
    setSession(null);
    setSignedOutBecause('expired');
  }, [setSession]);

  const signOut = useCallback(() => {
    void api.logout().catch(() => undefined);
    setSession(null);
    setSignedOutBecause(null);
  }, [api, setSession]);

  const signedIn = useCallback(
    (login: LoginResponse) => {
      // The same person at the same PC usually sits at the same counter.
      const previous = loadStoredCounter();
      setSession({ ...login, counterId: previous });
      setSignedOutBecause(null);
    },
    [setSession],
  );

  const changeCounter = useCallback(() => setSession(session && { ...session, counterId: null }), [session, setSession]);

  if (!session) {
    return (
      <LoginPage
        api={api}
        lang={lang}
        onLang={setLang}
        reason={signedOutBecause === 'expired' ? t('sessionEnded', lang) : null}
        onSignedIn={signedIn}
      />
    );
  }
  if (session.counterId === null) {
    return (
      <CounterPicker
        api={api}
        lang={lang}
        onLang={setLang}
        userName={session.user.displayName}
        onChoose={(counterId) => {
          storeCounter(counterId);
          setSession({ ...session, counterId });
        }}
        onSignOut={signOut}
        onUnauthorized={onUnauthorized}
      />
    );
  }
  return (
    <ConsolePage
      key={`${session.token}:${session.counterId}`}
      api={api}
      session={{ ...session, counterId: session.counterId }}
      lang={lang}
      onLang={setLang}
      onChangeCounter={changeCounter}
      onSignOut={signOut}
      onUnauthorized={onUnauthorized}
    />
  );
}
