// Which device this screen is and what an admin set for it. `?pair=CODE` pairs it once (then the
// code leaves the address bar); `?setup` opens the pairing screen. Settings are read again every
// minute and after each reconnect, so an admin's change reaches the TV without a restart.
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchMe, forgetDevice, pairDevice, PairingError, storedDevice, type Paired } from './device-link';

const REFRESH_MS = 60_000;

export type DevicePhase = { phase: 'pairing' } | { phase: 'setup'; error: string | null } | { phase: 'ready' };

export interface DeviceState {
  view: DevicePhase;
  /** null: not paired (everything shown, Thai voice). */
  device: Paired | null;
  pair: (code: string) => void;
  /** Leaves the setup screen; `unpair` also forgets the device token. */
  skip: (unpair: boolean) => void;
  refresh: () => void;
}

function dropQuery(names: string[]): void {
  const url = new URL(window.location.href);
  for (const n of names) url.searchParams.delete(n);
  window.history.replaceState(null, '', url);
}

export function useDevice(query: URLSearchParams): DeviceState {
  const code = query.get('pair');
  const [view, setView] = useState<DevicePhase>(() =>
    code ? { phase: 'pairing' } : query.has('setup') ? { phase: 'setup', error: null } : { phase: 'ready' },
  );
  const [device, setDevice] = useState<Paired | null>(() => storedDevice());

  const refresh = useCallback(() => {
    void fetchMe().then((me) => {
      if (me.kind === 'ok') setDevice(me.device);
      else if (me.kind === 'revoked' && storedDevice()) {
        // Re-paired elsewhere or deleted by an admin: back to the unpaired defaults.
        console.warn('display: the device token was refused; running unpaired');
        forgetDevice();
        setDevice(null);
      }
    });
  }, []);

  const pair = useCallback((value: string) => {
    setView({ phase: 'pairing' });
    pairDevice(value.trim())
      .then((paired) => {
        setDevice(paired);
        dropQuery(['pair', 'setup']);
        setView({ phase: 'ready' });
      })
      .catch((err: unknown) => {
        dropQuery(['pair']);
        setView({ phase: 'setup', error: err instanceof PairingError ? err.message : String(err) });
      });
  }, []);

  const skip = useCallback((unpair: boolean) => {
    if (unpair) {
      forgetDevice();
      setDevice(null);
    }
    dropQuery(['pair', 'setup']);
    setView({ phase: 'ready' });
  }, []);

  // React's development double effect must not spend the one-time code twice.
  const started = useRef(false);
  useEffect(() => {
    if (code && !started.current) pair(code);
    else if (!code && storedDevice()) refresh();
    started.current = true;
    const timer = setInterval(() => {
      if (storedDevice()) refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
    // Once per page: the code in the address is used a single time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { view, device, pair, skip, refresh };
}
