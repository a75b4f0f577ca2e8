// The service list on the start screen. Read over HTTP (it carries the wait estimates and whether
// each service is open), read again shortly after each live event, and retried while the hub is
// unreachable. Waiting counts follow the live state as soon as it moves.
import type { Service } from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCoalesced } from '../common/useCoalesced.js';

const REFETCH_AFTER_EVENT_MS = 300;
const RETRY_MS = 5000;

export interface ServicesView {
  services: Service[] | null;
  /** True when nothing could be loaded at all. */
  failed: boolean;
  reload: () => void;
}

export function useServices(api: Api, liveVersion: number | undefined, liveServices: Service[] | undefined): ServicesView {
  const [loaded, setLoaded] = useState<Service[] | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);

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
  useCoalesced(liveVersion, REFETCH_AFTER_EVENT_MS, load);

  useEffect(() => {
    if (!failed) return;
    const id = setInterval(load, RETRY_MS);
    return () => clearInterval(id);
  }, [failed, load]);

  const base = loaded ?? liveServices ?? null;
  const liveWaiting = new Map(liveServices?.map((s) => [s.id, s.waiting]));
  const services = base
    ? [...base].map((s) => ({ ...s, waiting: liveWaiting.get(s.id) ?? s.waiting })).sort((a, b) => a.code.localeCompare(b.code))
    : null;
  return { services, failed: failed && !services, reload: load };
}
