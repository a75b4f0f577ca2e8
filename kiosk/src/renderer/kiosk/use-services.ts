// The service list on the start screen: the live state's, which the hub keeps current (the
// snapshot has every service's waiting count, open state and wait; each event carries the figures
// of the services it moved), so nothing is read again on events. GET /services is read once at
// start, for the list until the first snapshot, and again only while there is no live link.
import type { Service } from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';

const RETRY_MS = 5000;

export interface ServicesView {
  services: Service[] | null;
  /** True when nothing could be loaded at all. */
  failed: boolean;
  reload: () => void;
}

export interface LiveServices {
  /** The live state's services; undefined before the first snapshot. */
  services: Service[] | undefined;
  requestSnapshot: () => void;
}

export function useServices(api: Api, live: LiveServices): ServicesView {
  const [loaded, setLoaded] = useState<Service[] | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);
  const hasLive = live.services !== undefined;

  const load = useCallback(() => {
    const mine = ++seq.current;
    api.services().then(
      ({ services }) => {
        if (mine !== seq.current) return;
        setLoaded(services);
        setFailed(false);
      },
      () => {
        if (mine === seq.current) setFailed(true);
      },
    );
  }, [api]);

  useEffect(load, [load]);

  useEffect(() => {
    if (!failed || hasLive) return;
    const id = setInterval(load, RETRY_MS);
    return () => clearInterval(id);
  }, [failed, hasLive, load]);

  const { requestSnapshot } = live;
  // Back at the start, or left alone there: what no event tells (the clock passing a service's
  // opening hours) comes with a fresh snapshot; without a live link, from GET /services.
  const reload = useCallback(() => (hasLive ? requestSnapshot() : load()), [hasLive, requestSnapshot, load]);

  const base = live.services ?? loaded;
  const services = base ? [...base].sort((a, b) => a.code.localeCompare(b.code)) : null;
  return { services, failed: failed && !services, reload };
}
