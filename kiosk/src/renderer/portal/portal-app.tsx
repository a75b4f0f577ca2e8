// The citizen portal on the phone (/portal): log in or register, complete the profile and consent,
// requests with documents, a ticket or a booking, feedback. Thai first.
import { pick, type Citizen } from '@oss/shared';
import { useLang } from '@oss/shared/client';
import { useEffect, useState } from 'react';
import { LangSwitch } from '../common/lang-switch.js';
import { DEFAULT_OFFICE_NAME } from '../common/office.js';
import { portalApi } from './api.js';
import { FeedbackPage } from './feedback-page.js';
import { ForgotPage, ResetPage } from './forgot-page.js';
import { HomePage } from './home-page.js';
import { LoginPage } from './login-page.js';
import { P } from './messages.js';
import { NewRequestPage } from './new-request-page.js';
import { ProfilePage } from './profile-page.js';
import { RegisterPage } from './register-page.js';
import { RequestPage } from './request-page.js';
import { queryParam, usePath } from './route.js';

/** Pages anyone may open; the rest need a login. */
const PUBLIC = new Set(['/login', '/register', '/forgot', '/reset', '/feedback']);

export function PortalApp() {
  const [lang, setLang] = useLang();
  const [path, navigate] = usePath();
  const [citizen, setCitizen] = useState<Citizen | null | undefined>(undefined);
  const [lineLogin, setLineLogin] = useState(false);

  useEffect(() => {
    document.title = `${P.pageTitle.th} / ${P.pageTitle.en}`;
    portalApi.me().then(
      ({ citizen }) => setCitizen(citizen),
      () => setCitizen(null),
    );
    portalApi.info().then(
      (info) => setLineLogin(info.lineLogin),
      () => undefined,
    );
  }, []);

  const loggedIn = (c: Citizen) => {
    setCitizen(c);
    navigate('/');
  };
  const logout = () => {
    void portalApi.logout().finally(() => {
      setCitizen(null);
      navigate('/login');
    });
  };

  let body;
  const requestId = /^\/requests\/(\d+)$/.exec(path)?.[1];
  if (citizen === undefined) body = <p className="card muted">{P.loading[lang]}</p>;
  else if (path === '/register') body = <RegisterPage lang={lang} onRegistered={loggedIn} navigate={navigate} />;
  else if (path === '/forgot') body = <ForgotPage lang={lang} />;
  else if (path === '/reset') body = <ResetPage lang={lang} token={queryParam('token')} navigate={navigate} />;
  else if (path === '/feedback') body = <FeedbackPage lang={lang} />;
  else if (!citizen || path === '/login')
    body = <LoginPage lang={lang} lineLogin={lineLogin} onLoggedIn={loggedIn} navigate={navigate} />;
  else if (citizen.needsConsent || !citizen.profileComplete)
    body = <ProfilePage lang={lang} citizen={citizen} onSaved={setCitizen} />;
  else if (path === '/requests/new') body = <NewRequestPage lang={lang} navigate={navigate} />;
  else if (requestId) body = <RequestPage key={requestId} lang={lang} id={Number(requestId)} citizen={citizen} />;
  else body = <HomePage lang={lang} navigate={navigate} />;

  return (
    <div className="track portal">
      <header className="track-header">
        <button type="button" className="portal-home" onClick={() => navigate('/')} data-testid="portal-home">
          {pick(DEFAULT_OFFICE_NAME, lang)} · {P.pageTitle[lang]}
        </button>
        <LangSwitch lang={lang} onChange={setLang} className="small" />
      </header>
      <main className="track-main">
        {body}
        {citizen && !PUBLIC.has(path) && (
          <p className="links">
            <span data-testid="portal-who">{citizen.name}</span>
            <button type="button" className="link" onClick={logout} data-testid="logout">
              {P.logout[lang]}
            </button>
          </p>
        )}
      </main>
    </div>
  );
}
