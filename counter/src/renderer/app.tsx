// Which page the console shows: sign-in, counter choice, the console itself, or (by the URL's hash)
// the reports and admin pages for the roles that may see them.
import type { LoginResponse } from '@oss/shared';
import { createApi, useLang } from '@oss/shared/client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AdminPage } from './admin/admin-page';
import { ConsolePage } from './components/console-page';
import { CounterPicker } from './components/counter-picker';
import { LoginPage } from './components/login-page';
import { ManageLayout, NotAllowed } from './components/manage-layout';
import type { Refusal } from './counter-claim';
import { t } from './messages';
import { ReportsPage } from './reports/reports-page';
import { mayAdminister, mayReport, useRoute } from './route';
import { loadSession, loadStoredCounter, saveSession, storeCounter, type Session } from './session';

export function App() {
  const [lang, setLang] = useLang();
  const [route, navigate] = useRoute();
  const [session, setSessionState] = useState<Session | null>(() => loadSession());
  const [signedOutBecause, setSignedOutBecause] = useState<'expired' | null>(null);
  // The counter this page has claimed for the login (a reload claims again, quietly).
  const [claimed, setClaimed] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
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
    setClaimed(null);
    setSignedOutBecause('expired');
  }, [setSession]);

  const signOut = useCallback(() => {
    if (session) {
      // Leave the counter, then end the login; with its own token, as this page forgets it now.
      const ending = createApi({ token: () => session.token });
      const counterId = session.counterId;
      void (async () => {
        if (counterId !== null) await ending.signOut(counterId).catch(() => undefined);
        await ending.logout().catch(() => undefined);
      })();
    }
    setSession(null);
    setClaimed(null);
    setRefusal(null);
    setSignedOutBecause(null);
  }, [session, setSession]);

  const signedIn = useCallback(
    (login: LoginResponse) => {
      // The same person at the same PC usually sits at the same counter; the console claims it.
      setSession({ ...login, counterId: loadStoredCounter() });
      setSignedOutBecause(null);
    },
    [setSession],
  );

  const changeCounter = useCallback(() => {
    if (session?.counterId) void api.signOut(session.counterId).catch(() => undefined);
    setClaimed(null);
    setSession(session && { ...session, counterId: null });
  }, [api, session, setSession]);

  const claimedAt = useCallback(
    (counterId: number) => {
      if (!session) return;
      storeCounter(counterId);
      setClaimed(counterId);
      setRefusal(null);
      setSession({ ...session, counterId });
    },
    [session, setSession],
  );

  const refused = useCallback(
    (holder: string, kind: Refusal['kind']) => {
      if (!session?.counterId) return;
      setRefusal({ kind, counterId: session.counterId, holder });
      setClaimed(null);
      setSession({ ...session, counterId: null });
    },
    [session, setSession],
  );

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

  const common = { api, lang, onLang: setLang, onNavigate: navigate, onSignOut: signOut, onUnauthorized };
  if (route.page === 'reports' || route.page === 'admin') {
    const allowed = route.page === 'reports' ? mayReport(session.user.role) : mayAdminister(session.user.role);
    if (!allowed) {
      return (
        <ManageLayout
          title={t(route.page === 'reports' ? 'navReports' : 'navAdmin', lang)}
          user={session.user}
          page={route.page}
          {...common}
        >
          <NotAllowed lang={lang} onNavigate={navigate} />
        </ManageLayout>
      );
    }
    if (route.page === 'reports') return <ReportsPage user={session.user} token={session.token} {...common} />;
    return <AdminPage user={session.user} section={route.section} {...common} />;
  }

  if (session.counterId === null) {
    return <CounterPicker {...common} user={session.user} initialRefusal={refusal} onClaimed={claimedAt} />;
  }
  const counterId = session.counterId;
  return (
    <ConsolePage
      key={`${session.token}:${counterId}`}
      {...common}
      session={{ ...session, counterId }}
      claimed={claimed === counterId}
      onClaimed={() => setClaimed(counterId)}
      onRefused={refused}
      onChangeCounter={changeCounter}
    />
  );
}
