// The citizen's portal request behind one ticket, for the console panel. The caller mounts one
// hook per ticket (keyed by its id), so nothing here can outlive its ticket: a revealed citizen is
// never shown for the next ticket, and an answer that arrives after the ticket left is dropped.
import type { StaffRequestResponse } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';

type TicketRequestState =
  | { kind: 'loading' }
  /** A walk-in: the ticket has no request from the portal. */
  | { kind: 'none' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; view: StaffRequestResponse; revealing: boolean; revealError: unknown };

export interface TicketRequest {
  state: TicketRequestState;
  retry: () => void;
  reveal: () => void;
}

const isUnauthorized = (err: unknown) => err instanceof ApiError && err.status === 401;

export function useTicketRequest(api: Api, ticketId: number, onUnauthorized: () => void): TicketRequest {
  const [state, setState] = useState<TicketRequestState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Cleared on unmount: a reveal answered after the ticket left changes nothing.
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    api.ticketRequest(ticketId).then(
      (view) => {
        if (current) setState({ kind: 'ready', view, revealing: false, revealError: null });
      },
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.code === 'request-not-found') setState({ kind: 'none' });
        else {
          if (isUnauthorized(error)) onUnauthorized();
          setState({ kind: 'error', error });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [api, ticketId, attempt, onUnauthorized]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const reveal = useCallback(() => {
    setState((s) => (s.kind === 'ready' ? { ...s, revealing: true, revealError: null } : s));
    api.revealTicketRequest(ticketId).then(
      (view) => {
        if (live.current) setState({ kind: 'ready', view, revealing: false, revealError: null });
      },
      (error: unknown) => {
        if (!live.current) return;
        if (isUnauthorized(error)) onUnauthorized();
        setState((s) => (s.kind === 'ready' ? { ...s, revealing: false, revealError: error } : s));
      },
    );
  }, [api, ticketId, onUnauthorized]);

  return { state, retry, reveal };
}
