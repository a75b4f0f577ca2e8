// The console keeps its counter claimed: after a reload it claims again (quietly, for the same
// login), and if a supervisor takes the counter over it goes back to the picker saying who.
import type { CounterStaff } from '@oss/shared';
import { ApiError, type Api, type LinkStatus } from '@oss/shared/client';
import { useEffect, useRef } from 'react';
import { holderFromError } from './counter-claim';

interface Options {
  api: Api;
  counterId: number;
  userId: number;
  /** Claimed already in this page's life (by the picker, or by an earlier run of this hook). */
  claimed: boolean;
  /** Who the live state says is signed in at the counter (undefined until the state arrives). */
  staff: CounterStaff | null | undefined;
  status: LinkStatus;
  onClaimed: () => void;
  onRefused: (holder: string, kind: 'in-use' | 'taken-over') => void;
  onUnauthorized: () => void;
}

export function useCounterClaim(opts: Options) {
  const { api, counterId, userId, claimed, staff, status } = opts;
  // The callbacks change identity with every render of the page; the effects read the latest.
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  const inFlight = useRef(false);

  // Claim once, and again each time the link comes back if an earlier try did not get through.
  useEffect(() => {
    if (claimed || inFlight.current || status === 'offline') return;
    inFlight.current = true;
    api
      .signIn(counterId)
      .then(
        () => latest.current.onClaimed(),
        (err: unknown) => {
          const holder = holderFromError(err);
          if (holder !== null) latest.current.onRefused(holder, 'in-use');
          else if (err instanceof ApiError && err.status === 401) latest.current.onUnauthorized();
        },
      )
      .finally(() => {
        inFlight.current = false;
      });
  }, [api, counterId, claimed, status]);

  // Taken over: the counter was ours in the live state and now someone else's. Comparing with what
  // was seen before (not with "us") keeps a snapshot older than our own claim from counting.
  const seen = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (staff === undefined) return;
    const before = seen.current;
    seen.current = staff?.id ?? null;
    if (claimed && before === userId && staff && staff.id !== userId) latest.current.onRefused(staff.displayName, 'taken-over');
  }, [staff, claimed, userId]);
}
