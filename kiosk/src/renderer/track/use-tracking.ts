// One ticket's state, read from the hub's track call. The public live stream carries no private
// data, so any event (debounced) is the cue to read the ticket again; that keeps `ahead` exact.
import type { TrackResponse } from '@oss/shared';
import { ApiError, type Api, type LinkStatus } from '@oss/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCoalesced } from '../common/use-coalesced.js';

export type TrackState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'error' }
  /** `stale` when the last refresh failed and this is what was known before. */
  | { kind: 'ok'; data: TrackResponse; stale: boolean };

const DEBOUNCE_MS = 150;

export function useTracking(api: Api, code: string | null, liveVersion: number | undefined, status: LinkStatus) {
  const [state, setState] = useState<TrackState>(code ? { kind: 'loading' } : { kind: 'not-found' });
  const seq = useRef(0);

  const load = useCallback(() => {
    if (!code) return;
    const mine = ++seq.current;
    api.track(code).then(
      (data) => mine === seq.current && setState({ kind: 'ok', data, stale: false }),
      (err: unknown) => {
        if (mine !== seq.current) return;
        const notFound = err instanceof ApiError && (err.status === 404 || err.status === 400);
        setState((prev) =>
          notFound ? { kind: 'not-found' } : prev.kind === 'ok' ? { ...prev, stale: true } : { kind: 'error' },
        );
      },
    );
  }, [api, code]);

  // First load, then again shortly after live events and whenever the link comes back.
  useEffect(load, [load]);
  useCoalesced(`${liveVersion ?? ''}:${status}`, DEBOUNCE_MS, load);

  // A phone that slept may have missed events: read again when the page is shown.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  /** Shows an answer the page already has (e.g. after cancelling) without waiting for the stream. */
  const replaceTicket = useCallback((ticket: TrackResponse['ticket']) => {
    seq.current++;
    setState((prev) => (prev.kind === 'ok' ? { kind: 'ok', data: { ...prev.data, ticket }, stale: false } : prev));
  }, []);

  return { state, reload: load, replaceTicket };
}
