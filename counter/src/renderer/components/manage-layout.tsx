// The frame of the reports and admin pages: a header with the links, the user and the language,
// then the page. These pages work without a counter (an admin need not sit at one).
import type { Lang, User } from '@oss/shared';
import type { ReactNode } from 'react';
import { t } from '../messages';
import type { Route } from '../route';
import { LangSwitch } from './lang-switch';
import { NavLinks } from './nav-links';

interface Props {
  title: string;
  user: User;
  page: Route['page'];
  lang: Lang;
  onLang: (lang: Lang) => void;
  onNavigate: (route: Route) => void;
  onSignOut: () => void;
  /** Under the header, e.g. the admin sections' tabs. */
  tabs?: ReactNode;
  children: ReactNode;
}

export function ManageLayout({ title, user, page, lang, onLang, onNavigate, onSignOut, tabs, children }: Props) {
  return (
    <div className="manage" data-testid={`page-${page}`}>
      <header className="top-bar">
        <div className="top-left">
          <h1>{title}</h1>
        </div>
        <div className="top-right">
          <NavLinks role={user.role} current={page} lang={lang} onNavigate={onNavigate} />
          <span className="user-name" data-testid="user-name">
            {user.displayName}
          </span>
          <LangSwitch lang={lang} onChange={onLang} />
          <button type="button" className="btn btn-small" onClick={onSignOut} data-testid="sign-out">
            {t('signOut', lang)}
          </button>
        </div>
      </header>
      {tabs}
      <main className="manage-body">{children}</main>
    </div>
  );
}

/** A page this role may not open: said plainly, with the way back. */
export function NotAllowed({ lang, onNavigate }: { lang: Lang; onNavigate: (route: Route) => void }) {
  return (
    <section className="card manage-card" role="alert" data-testid="not-allowed">
      <p className="form-error">{t('notAllowed', lang)}</p>
      <button type="button" className="btn" onClick={() => onNavigate({ page: 'console' })}>
        {t('backToConsole', lang)}
      </button>
    </section>
  );
}
