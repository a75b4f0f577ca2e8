// The lobby board: one live connection, the latest call large, counters, recent calls, waiting
// counts. It never reloads; Socket.IO reconnects and the shared reducer catches up.
import type { Localized, PublicTicket } from '@oss/shared';
import { useLive } from '@oss/shared/client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncer } from './announcer';
import { CounterBoard } from './components/counter-board';
import { Header } from './components/header';
import { LinkLostBanner } from './components/link-lost-banner';
import { NowCalling } from './components/now-calling';
import { RecentCalls } from './components/recent-calls';
import { WaitingCounts } from './components/waiting-counts';

type LiveEvent = Parameters<NonNullable<Parameters<typeof useLive<PublicTicket>>[2]>>[0];

export function App() {
  const announcer = useMemo(() => createAnnouncer(), []);
  // Bumped on each live call or recall: it restarts the highlight even when the number is the same.
  const [flash, setFlash] = useState(0);
  const counterNames = useRef(new Map<number, Localized>());

  const onEvent = useCallback(
    (event: LiveEvent, replayed: boolean) => {
      if (replayed || (event.type !== 'ticket.called' && event.type !== 'ticket.recalled')) return;
      const counter = event.ticket?.counter;
      if (!event.ticket || !counter) return;
      setFlash((n) => n + 1);
      announcer.onCall({
        number: event.ticket.number,
        counterId: counter.id,
        counterName: counterNames.current.get(counter.id) ?? { th: counter.name, en: counter.name },
        recall: event.type === 'ticket.recalled',
      });
    },
    [announcer],
  );

  const { state, status } = useLive<PublicTicket>('display', undefined, onEvent);

  useEffect(() => {
    counterNames.current = new Map((state?.counters ?? []).map((c) => [c.id, c.names]));
  }, [state?.counters]);

  const latest = state?.recentCalls[0] ?? null;
  const namesOf = (id: number, fallback: string): Localized => {
    const c = state?.counters.find((x) => x.id === id);
    return c ? c.names : { th: fallback, en: fallback };
  };

  return (
    <div className="board" data-testid="board" data-status={status}>
      <Header office={state?.office ?? null} />
      <LinkLostBanner status={status} />
      <main className="board-main">
        <NowCalling
          call={latest ? { number: latest.number, counterName: namesOf(latest.counter.id, latest.counter.name) } : null}
          connecting={!state}
          flash={flash}
        />
        <div className="board-side">
          <CounterBoard counters={state?.counters ?? []} latestCounterId={latest?.counter.id ?? null} flash={flash} />
          <RecentCalls
            calls={(state?.recentCalls ?? []).map((c) => ({ ...c, counterName: namesOf(c.counter.id, c.counter.name) }))}
          />
        </div>
      </main>
      <WaitingCounts services={state?.services ?? []} />
    </div>
  );
}
