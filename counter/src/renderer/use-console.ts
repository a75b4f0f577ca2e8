// The console's state: the live picture of this counter (from the hub's stream) and a runner for
// staff commands (HTTP) that allows one at a time, reports errors by code and sends a refused
// token back to the login form.
import { compareQueued, isQueued, pick, STATUS_LABELS, type Alert, type Lang, type LiveState, type Ticket } from '@oss/shared';
import { ApiError, useLive, type Api, type LinkStatus } from '@oss/shared/client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorText, t } from './messages';

/** Text that follows the language switch, even for a notice already on screen. */
export type Text = (lang: Lang) => string;

export interface Notice {
  kind: 'info' | 'error';
  text: Text;
  /** Changes on every notice, so the same text twice still re-renders and re-times. */
  id: number;
}

export interface ConsoleView {
  state: LiveState<Ticket> | null;
  status: LinkStatus;
  counter: LiveState<Ticket>['counters'][number] | null;
  current: Ticket | null;
  waiting: Ticket[];
  held: Ticket[];
  noShows: Ticket[];
  /** Printer alerts now active (the hub sends them to staff sockets). */
  alerts: Alert[];
}

export function useConsoleView(token: string, counterId: number, onUnauthorized: () => void): ConsoleView {
  const { state, status, authError, alerts } = useLive<Ticket>('counter', token);
  useEffect(() => {
    if (authError) onUnauthorized();
  }, [authError, onUnauthorized]);

  return useMemo(() => {
    const counter = state?.counters.find((c) => c.id === counterId) ?? null;
    const tickets = state ? [...state.tickets.values()] : [];
    const serves = (t: Ticket) => !!counter && counter.serviceIds.includes(t.serviceId);
    const atThisCounter = (t: Ticket) => t.counter?.id === counterId;
    return {
      state,
      status,
      counter,
      current: counter?.current ?? null,
      // Priority first, then on-time appointments, then longest waiting: the order call-next follows
      // (apart from the anti-starvation ratio), across all the services this counter serves.
      waiting: tickets.filter((t) => isQueued(t) && serves(t)).sort(compareQueued),
      held: tickets.filter((t) => t.status === 'held' && atThisCounter(t)).sort(byLatestCall),
      noShows: tickets.filter((t) => t.status === 'no-show' && (atThisCounter(t) || serves(t))).sort(byLatestCall),
      alerts,
    };
  }, [state, status, counterId, alerts]);
}

function byLatestCall(a: Ticket, b: Ticket): number {
  return Date.parse(b.calledAt ?? b.queuedAt) - Date.parse(a.calledAt ?? a.queuedAt);
}

export interface Commands {
  busy: boolean;
  notice: Notice | null;
  clearNotice: () => void;
  /** Runs one command unless another is still in flight; `describe` turns its answer into a notice. */
  run: <R>(command: (api: Api) => Promise<R>, describe?: (result: R) => Text | null) => Promise<void>;
}

export function useCommands(api: Api, onUnauthorized: () => void): Commands {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const inFlight = useRef(false);
  const seq = useRef(0);

  const run = useCallback(
    async <R>(command: (api: Api) => Promise<R>, describe?: (result: R) => Text | null) => {
      // Keys repeat and fingers double-press: a second command while one runs is dropped.
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      try {
        const result = await command(api);
        const text = describe?.(result) ?? null;
        setNotice(text ? { kind: 'info', text, id: ++seq.current } : null);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          onUnauthorized();
          return;
        }
        setNotice({ kind: 'error', text: (lang) => errorText(err, lang), id: ++seq.current });
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [api, onUnauthorized],
  );

  // Information fades; an error stays until the next command or until it is dismissed.
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const id = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(id);
  }, [notice]);

  return { busy, notice, clearNotice: useCallback(() => setNotice(null), []), run };
}

/** "A001: Being served" after an action, from the ticket the hub answered with. */
export function describeTicket({ ticket }: { ticket: Ticket | null }): Text {
  return (lang) => (ticket ? `${ticket.number}: ${pick(STATUS_LABELS[ticket.status], lang)}` : t('nobodyWaiting', lang));
}
