// React bindings shared by the renderers: the live state, the language switch, a ticking clock.
import type { Alert, Lang, LiveState, PublicTicket, SocketRole, Ticket } from '@oss/shared';
import { parseLang } from '@oss/shared';
import { useEffect, useState } from 'react';
import { connectLive, type LinkStatus } from './live.js';

export function useLive<T extends Ticket | PublicTicket>(
  role: SocketRole,
  token?: string,
  onEvent?: Parameters<typeof connectLive<T>>[0]['onEvent'],
): { state: LiveState<T> | null; status: LinkStatus; authError: boolean; alerts: Alert[] } {
  const [state, setState] = useState<LiveState<T> | null>(null);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [status, setStatus] = useState<LinkStatus>('connecting');
  const [authError, setAuthError] = useState(false);
  useEffect(() => {
    if (role === 'counter' && !token) return;
    setAuthError(false);
    const conn = connectLive<T>({
      role,
      ...(token ? { token } : {}),
      onState: setState,
      onStatus: setStatus,
      ...(onEvent ? { onEvent } : {}),
      onAuthError: () => setAuthError(true),
      // Only active alerts are kept; a cleared one replaces and removes its predecessor by id.
      onAlert: (alert) => setAlerts((list) => [...list.filter((a) => a.id !== alert.id), ...(alert.active ? [alert] : [])]),
    });
    return () => conn.close();
    // onEvent is read once per connection on purpose: a new callback must not reconnect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role, token]);
  return { state, status, authError, alerts };
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
