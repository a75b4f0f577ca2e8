// The counter console: the current ticket and its actions on the left, the lists on the right.
import { pick, type Lang, type Ticket } from '@oss/shared';
import { useNow, type Api } from '@oss/shared/client';
import { useEffect, useMemo, useState } from 'react';
import { ACTIONS, CALL_NEXT_CODES, isLegal, REPRINT_CODES, type ConsoleAction } from '../actions';
import { ACTION_LABELS, t } from '../messages';
import type { Route } from '../route';
import type { Session } from '../session';
import { counterLiveKey, describeTicket, useCommands, useConsoleView } from '../use-console';
import { useCounterClaim } from '../use-counter-claim';
import { useMyStats } from '../use-my-stats';
import { useShortcuts, type ShortcutMap } from '../use-shortcuts';
import { ActionBar, type CallNextState } from './action-bar';
import { AlertBanner, LinkBanner, NoticeBar } from './banners';
import { CitizenSlot } from './citizen-slot';
import { CurrentTicket } from './current-ticket';
import { MyStats } from './my-stats';
import { HeldList, NoShowList } from './ticket-lists';
import { TopBar } from './top-bar';
import { TransferDialog } from './transfer-dialog';
import { WaitingList } from './waiting-list';

interface Props {
  api: Api;
  session: Session & { counterId: number };
  /** The counter is claimed for this login already (the picker just did it). */
  claimed: boolean;
  onClaimed: () => void;
  /** The counter is someone else's: back to the picker, naming them. */
  onRefused: (holder: string, kind: 'in-use' | 'taken-over') => void;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onNavigate: (route: Route) => void;
  onChangeCounter: () => void;
  onSignOut: () => void;
  onUnauthorized: () => void;
}

export function ConsolePage(props: Props) {
  const { api, session, lang, onLang, onChangeCounter, onSignOut, onUnauthorized } = props;
  const { counterId } = session;
  const view = useConsoleView(session.token, counterId, onUnauthorized);
  const { busy, notice, clearNotice, run } = useCommands(api, onUnauthorized, counterLiveKey(view.counter));
  const now = useNow(15_000);
  useCounterClaim({
    api,
    counterId,
    userId: session.user.id,
    claimed: props.claimed,
    staff: view.counter ? view.counter.staff : undefined,
    status: view.status,
    onClaimed: props.onClaimed,
    onRefused: props.onRefused,
    onUnauthorized,
  });
  const stats = useMyStats(api, `${view.current?.id}:${view.current?.status}`, onUnauthorized);
  // The ticket the transfer dialog is open for; it closes by itself if that ticket leaves.
  const [transferFor, setTransferFor] = useState<number | null>(null);
  // The ticket whose cancel button was pressed once; a second press within 4 s cancels it.
  const [cancelArmedFor, setCancelArmedFor] = useState<number | null>(null);
  const { state, counter, current } = view;
  const services = state?.services ?? [];

  const confirmingCancel = cancelArmedFor !== null && cancelArmedFor === current?.id;
  const dialogOpen = transferFor !== null && transferFor === current?.id;

  useEffect(() => {
    if (cancelArmedFor === null) return;
    const id = setTimeout(() => setCancelArmedFor(null), 4000);
    return () => clearTimeout(id);
  }, [cancelArmedFor]);

  const callNext: CallNextState = useMemo(() => {
    if (!counter) return { enabled: false, hint: null };
    if (!counter.open) return { enabled: false, hint: t('counterPausedHint', lang) };
    if (current?.status === 'called') return { enabled: false, hint: t('callNextBusy', lang) };
    return { enabled: true, hint: null };
  }, [counter, current, lang]);
  const counterFree = !!counter && !current;

  // The remembered counter was removed by an admin: choose again rather than wait forever.
  useEffect(() => {
    if (state && !counter) onChangeCounter();
  }, [state, counter, onChangeCounter]);
  const canResume = counterFree && view.held.length > 0;

  function doCallNext() {
    if (callNext.enabled) void run((a) => a.callNext(counterId), describeTicket);
  }

  function doCall(ticket: Ticket) {
    if (callNext.enabled) void run((a) => a.callTicket(counterId, ticket.id), describeTicket);
  }

  function doResume(ticket: Ticket) {
    if (counterFree) void run((a) => a.ticketAction(ticket.id, 'resume'), describeTicket);
  }

  function doAction(action: ConsoleAction) {
    if (action === 'resume') {
      const latest = view.held[0];
      if (latest) doResume(latest);
      return;
    }
    if (!current || !isLegal(action, current.status)) return;
    if (action === 'transfer') {
      setTransferFor(current.id);
      return;
    }
    if (action === 'cancel' && !confirmingCancel) {
      setCancelArmedFor(current.id);
      return;
    }
    setCancelArmedFor(null);
    const ticketId = current.id;
    void run((a) => a.ticketAction(ticketId, action), describeTicket);
  }

  function doTransfer(serviceId: number, note: string) {
    if (!current) return;
    const ticketId = current.id;
    const target = services.find((s) => s.id === serviceId);
    void run(
      (a) => a.transfer(ticketId, serviceId, note || undefined),
      ({ ticket }) =>
        (l) =>
          `${ticket.number}: ${pick(ACTION_LABELS.transfer, l)} → ${target ? `${target.code} ${pick(target.name, l)}` : ''}`,
    ).then(() => setTransferFor(null));
  }

  function doReprint() {
    if (!current) return;
    const { id, number } = current;
    void run(
      (a) => a.reprint(id),
      () => (l) => `${number}: ${t('reprinted', l)}`,
    );
  }

  function toggleOpen() {
    if (!counter) return;
    const open = !counter.open;
    void run(
      (a) => a.setCounterOpen(counterId, open),
      ({ counter: c }) =>
        (l) =>
          `${pick(c.names, l)}: ${t(c.open ? 'open' : 'paused', l)}`,
    );
  }

  const shortcuts: ShortcutMap = {};
  for (const code of CALL_NEXT_CODES) shortcuts[code] = doCallNext;
  for (const a of ACTIONS) for (const code of a.codes) shortcuts[code] = () => doAction(a.name);
  for (const code of REPRINT_CODES) shortcuts[code] = doReprint;
  useShortcuts(shortcuts, !dialogOpen);

  return (
    <div className="console" data-testid="console">
      <TopBar
        counter={counter}
        status={view.status}
        lang={lang}
        onLang={onLang}
        user={session.user}
        busy={busy}
        onNavigate={props.onNavigate}
        onToggleOpen={toggleOpen}
        onChangeCounter={onChangeCounter}
        onSignOut={onSignOut}
      />
      <LinkBanner status={view.status} hasState={!!state} lang={lang} />
      <AlertBanner alerts={view.alerts} lang={lang} />
      <div className="console-body">
        <div className="console-main">
          <CurrentTicket
            ticket={current}
            services={services}
            timeZone={state?.office.timezone ?? 'Asia/Bangkok'}
            now={now}
            lang={lang}
            busy={busy || !current}
            onReprint={doReprint}
          />
          <ActionBar
            current={current}
            callNext={callNext}
            canResume={canResume}
            busy={busy}
            confirmingCancel={confirmingCancel}
            lang={lang}
            onCallNext={doCallNext}
            onAction={doAction}
          />
          <NoticeBar notice={notice} onDismiss={clearNotice} lang={lang} />
          <div className="console-lower">
            <HeldList
              tickets={view.held}
              services={services}
              now={now}
              lang={lang}
              busy={busy}
              canResume={counterFree}
              onResume={doResume}
            />
            <NoShowList
              tickets={view.noShows}
              services={services}
              now={now}
              lang={lang}
              busy={busy}
              onReturn={(ticket) => void run((a) => a.ticketAction(ticket.id, 'return'), describeTicket)}
            />
          </div>
          <p className="shortcuts-hint muted">{t('shortcutsHint', lang)}</p>
        </div>
        <aside className="console-side">
          <MyStats stats={stats} lang={lang} />
          {/* Beside the waiting list, where there is height to spare on a 1366x768 counter PC. */}
          <CitizenSlot api={api} ticket={current} lang={lang} onUnauthorized={onUnauthorized} />
          <WaitingList
            tickets={view.waiting}
            services={services}
            serviceIds={counter?.serviceIds ?? []}
            now={now}
            lang={lang}
            busy={busy}
            canCall={callNext.enabled}
            onCall={doCall}
          />
        </aside>
      </div>
      {dialogOpen && current && (
        <TransferDialog
          ticket={current}
          services={services}
          lang={lang}
          busy={busy}
          onTransfer={doTransfer}
          onClose={() => setTransferFor(null)}
        />
      )}
    </div>
  );
}
