import { pick, type Lang } from '@oss/shared';
import type { LinkStatus } from '@oss/shared/client';
import { t } from '../messages';
import type { ConsoleView } from '../use-console';
import { LangSwitch } from './lang-switch';

interface Props {
  counter: ConsoleView['counter'];
  status: LinkStatus;
  lang: Lang;
  onLang: (lang: Lang) => void;
  userName: string;
  busy: boolean;
  onToggleOpen: () => void;
  onChangeCounter: () => void;
  onSignOut: () => void;
}

export function TopBar({ counter, status, lang, onLang, userName, busy, onToggleOpen, onChangeCounter, onSignOut }: Props) {
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
        <span className="user-name" data-testid="user-name">
          {userName}
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
