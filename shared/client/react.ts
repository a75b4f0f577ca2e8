// React bindings shared by the renderers: the live state, the language switch, a ticking clock.
import type { Alert, Lang, LiveState, SocketRole, TicketFor } from '@oss/shared';
import { parseLang } from '@oss/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connectLive, type LinkStatus, type LiveConnection, type LiveOptions } from './live.js';

/** The live state of a screen of this role (a display's holds public tickets only). */
export function useLive<R extends SocketRole>(
  role: R,
  token?: string,
  onEvent?: LiveOptions<R>['onEvent'],
): {
  state: LiveState<TicketFor<R>> | null;
  status: LinkStatus;
  authError: boolean;
  alerts: Alert[];
  /** Asks the hub for a fresh snapshot (for what no event tells, like the clock passing a service's hours). */
  requestSnapshot: () => void;
} {
  const [state, setState] = useState<LiveState<TicketFor<R>> | null>(null);
  const conn = useRef<LiveConnection | null>(null);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [status, setStatus] = useState<LinkStatus>('connecting');
  const [authError, setAuthError] = useState(false);
  useEffect(() => {
    if (role === 'counter' && !token) return;
    setAuthError(false);
    const live = connectLive<R>({
      role,
      ...(token ? { token } : {}),
      onState: setState,
      onStatus: setStatus,
      ...(onEvent ? { onEvent } : {}),
      onAuthError: () => setAuthError(true),
      // Only active alerts are kept; a cleared one replaces and removes its predecessor by id.
      onAlert: (alert) => setAlerts((list) => [...list.filter((a) => a.id !== alert.id), ...(alert.active ? [alert] : [])]),
    });
    conn.current = live;
    return () => {
      conn.current = null;
      live.close();
    };
    // onEvent is read once per connection on purpose: a new callback must not reconnect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role, token]);
  const requestSnapshot = useCallback(() => conn.current?.requestSnapshot(), []);
  return { state, status, authError, alerts, requestSnapshot };
}

const LANG_KEY = 'oss.lang';

export function useLang(): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(() => parseLang(readStorage(LANG_KEY)));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    writeStorage(LANG_KEY, next);
    setLangState(next);
  };
  return [lang, setLang];
}

export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or a locked-down kiosk profile: the choice just won't persist.
  }
}
