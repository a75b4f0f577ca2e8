// The console's state: the live picture of this counter (from the hub's stream) and a runner for
// staff commands (HTTP) that allows one at a time, reports errors by code and sends a refused
// token back to the login form.
import { compareQueued, isQueued, pick, STATUS_LABELS, type Alert, type Lang, type LiveState, type Ticket } from '@oss/shared';
import { ApiError, useLive, type Api, type LinkStatus } from '@oss/shared/client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
  const { state, status, authError, alerts } = useLive('counter', token);
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

/**
 * Staff commands, one at a time. A command counts as finished when the hub answers it, or as soon
 * as the counter's live picture (`liveKey`) changes, whichever comes first: the stream often shows
 * the new number before the HTTP answer arrives, and a clerk who sees it and presses the next key
 * must not lose that press. A press while a command is truly still pending (key repeat, a double
 * tap) is dropped.
 */
export function useCommands(api: Api, onUnauthorized: () => void, liveKey: string): Commands {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The sequence number of the command that holds the console, or null when it is free.
  const holder = useRef<number | null>(null);
  const seq = useRef(0);

  const release = useCallback((id: number | null) => {
    if (holder.current === null || (id !== null && holder.current !== id)) return;
    holder.current = null;
    setBusy(false);
  }, []);

  const run = useCallback(
    async <R>(command: (api: Api) => Promise<R>, describe?: (result: R) => Text | null) => {
      if (holder.current !== null) return;
      const id = ++seq.current;
      holder.current = id;
      setBusy(true);
      try {
        const result = await command(api);
        const text = describe?.(result) ?? null;
        // A later command's notice is not overwritten by this older answer.
        if (seq.current === id) setNotice(text ? { kind: 'info', text, id } : null);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          onUnauthorized();
          return;
        }
        setNotice({ kind: 'error', text: (lang) => errorText(err, lang), id: ++seq.current });
      } finally {
        release(id);
      }
    },
    [api, onUnauthorized, release],
  );

  // A layout effect: the console is free in the same task as the screen showing the change, so a
  // key pressed as soon as it is seen is never taken for a double press.
  useLayoutEffect(() => release(null), [liveKey, release]);

  // Information fades; an error stays until the next command or until it is dismissed.
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const id = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(id);
  }, [notice]);

  return { busy, notice, clearNotice: useCallback(() => setNotice(null), []), run };
}

/** What a command at this counter visibly changes: who is at it, their state, recalls, open or paused. */
export function counterLiveKey(counter: ConsoleView['counter']): string {
  if (!counter) return '';
  const c = counter.current;
  return `${counter.open}:${c?.id ?? ''}:${c?.status ?? ''}:${c?.recalls ?? ''}:${c?.serviceId ?? ''}`;
}

/** "A001: Being served" after an action, from the ticket the hub answered with. */
export function describeTicket({ ticket }: { ticket: Ticket | null }): Text {
  return (lang) => (ticket ? `${ticket.number}: ${pick(STATUS_LABELS[ticket.status], lang)}` : t('nobodyWaiting', lang));
}
