import { pick, type Lang, type User } from '@oss/shared';
import type { LinkStatus } from '@oss/shared/client';
import { t } from '../messages';
import type { Route } from '../route';
import type { ConsoleView } from '../use-console';
import { LangSwitch } from './lang-switch';
import { NavLinks } from './nav-links';

interface Props {
  counter: ConsoleView['counter'];
  status: LinkStatus;
  lang: Lang;
  onLang: (lang: Lang) => void;
  user: User;
  busy: boolean;
  onNavigate: (route: Route) => void;
  onToggleOpen: () => void;
  onChangeCounter: () => void;
  onSignOut: () => void;
}

export function TopBar(props: Props) {
  const { counter, status, lang, onLang, user, busy, onToggleOpen, onChangeCounter, onSignOut } = props;
  return (
    <header className="top-bar">
      <div className="top-left">
        <span className={`link-dot link-${status}`} title={status} data-testid="link-status" data-status={status} />
        <h1 data-testid="counter-name">{counter ? pick(counter.names, lang) : '…'}</h1>
        {counter && (
          <>
            <span className={`pill ${counter.open ? 'pill-open' : 'pill-paused'}`} data-testid="counter-state">
              {t(counter.open ? 'open' : 'paused', lang)}
            </span>
            <button
              type="button"
              className={`btn btn-small ${counter.open ? '' : 'btn-primary'}`}
              disabled={busy}
              onClick={onToggleOpen}
              data-testid="counter-toggle"
            >
              {t(counter.open ? 'pauseCounter' : 'openCounter', lang)}
            </button>
          </>
        )}
      </div>
      <div className="top-right">
        <NavLinks role={user.role} current="console" lang={lang} onNavigate={props.onNavigate} />
        <span className="user-name" data-testid="user-name">
          {user.displayName}
        </span>
        <LangSwitch lang={lang} onChange={onLang} />
        <button type="button" className="btn btn-small" onClick={onChangeCounter} data-testid="change-counter">
          {t('changeCounter', lang)}
        </button>
        <button type="button" className="btn btn-small" onClick={onSignOut} data-testid="sign-out">
          {t('signOut', lang)}
        </button>
      </div>
    </header>
  );
}
