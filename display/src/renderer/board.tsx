// The lobby board: one live connection, the latest call large, counters, recent calls, waiting
// counts, the announcement ticker, and the voice. It never reloads; Socket.IO reconnects and the
// shared reducer catches up. What it shows and says follows the device's settings.
import type { DisplaySettings, Localized } from '@oss/shared';
import { useLive, type LiveEvent } from '@oss/shared/client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncer } from './announcer';
import { CounterBoard } from './components/counter-board';
import { Header } from './components/header';
import { LinkLostBanner } from './components/link-lost-banner';
import { NowCalling } from './components/now-calling';
import { RecentCalls } from './components/recent-calls';
import { SoundOverlay } from './components/sound-overlay';
import { Ticker } from './components/ticker';
import { WaitingCounts } from './components/waiting-counts';
import { createHubClock } from './hub-clock';
import { useVoice } from './voice/use-voice';
import { voiceSettings } from './voice/voice-settings';

interface Props {
  /** null: an unpaired screen, which shows everything. */
  settings: DisplaySettings | null;
  query: URLSearchParams;
  /** Each time the link comes (back) up: the device settings are read again. */
  onOnline: () => void;
}

const idSet = (ids: number[] | null | undefined) => (ids ? new Set(ids) : null);

export function Board({ settings, query, onOnline }: Props) {
  const voiceConfig = useMemo(() => voiceSettings(settings, query), [settings, query]);
  const voice = useVoice(voiceConfig);
  const hubClock = useMemo(() => createHubClock(), []);
  const counterIds = useMemo(() => idSet(settings?.counterIds), [settings?.counterIds]);
  const serviceIds = useMemo(() => idSet(settings?.serviceIds), [settings?.serviceIds]);
  const showEnglish = !settings || settings.languages.includes('en');
  // Bumped on each live call or recall: it restarts the highlight even when the number is the same.
  const [flash, setFlash] = useState(0);
  const counterNames = useRef(new Map<number, Localized>());
  // The live callback is bound once per connection, so what it reads must be current through refs.
  const current = useRef({ counterIds, voiceOn: voiceConfig.enabled });
  current.current = { counterIds, voiceOn: voiceConfig.enabled };

  const { speak, log } = voice;
  const announcer = useMemo(
    () =>
      createAnnouncer(speak, {
        // The hub's clock when known (a TV's own clock may be off), never less than since it arrived.
        ageOf: (c) => Math.max(Date.now() - c.receivedAt, hubClock.ageOf(c.at) ?? 0),
        onSkip: (c, reason) => log({ event: 'skip', number: c.number, counterId: c.counterId, recall: c.recall, reason }),
      }),
    [speak, log, hubClock],
  );

  const onEvent = useCallback(
    (event: LiveEvent<'display'>, replayed: boolean) => {
      if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return;
      const ticket = event.ticket;
      const counter = ticket?.counter;
      if (!ticket || !counter) return;
      const shown = current.current;
      if (shown.counterIds && !shown.counterIds.has(counter.id)) return;
      const recall = event.type === 'ticket.recalled';
      if (replayed) {
        // Missed while the link was down: history, not news. Shown in the lists, never said late.
        log({ event: 'skip', number: ticket.number, counterId: counter.id, recall, reason: 'replayed' });
        return;
      }
      setFlash((n) => n + 1);
      if (!shown.voiceOn) return;
      announcer.onCall({
        ticketId: ticket.id,
        number: ticket.number,
        counterId: counter.id,
        counterName: counterNames.current.get(counter.id) ?? { th: counter.name, en: counter.name },
        recall,
        at: event.at,
        receivedAt: Date.now(),
      });
    },
    [announcer, log],
  );

  const { state, status } = useLive('display', undefined, onEvent);

  useEffect(() => {
    counterNames.current = new Map((state?.counters ?? []).map((c) => [c.id, c.names]));
  }, [state?.counters]);

  useEffect(() => {
    if (status !== 'online') return;
    void hubClock.sync();
    onOnline();
  }, [status, hubClock, onOnline]);

  const counters = (state?.counters ?? []).filter((c) => !counterIds || counterIds.has(c.id));
  const services = (state?.services ?? []).filter((s) => !serviceIds || serviceIds.has(s.id));
  const recent = (state?.recentCalls ?? []).filter((c) => !counterIds || counterIds.has(c.counter.id));
  const latest = recent[0] ?? null;
  const namesOf = (id: number, fallback: string): Localized => {
    const c = state?.counters.find((x) => x.id === id);
    return c ? c.names : { th: fallback, en: fallback };
  };

  return (
    <div
      className={`board${showEnglish ? '' : ' board-th-only'}`}
      data-testid="board"
      data-status={status}
      data-version={state?.version ?? 0}
      data-voice={voiceConfig.enabled ? 'on' : 'off'}
      data-counters={counterIds ? [...counterIds].join(',') : 'all'}
    >
      <Header office={state?.office ?? null} />
      <LinkLostBanner status={status} />
      <main className="board-main">
        <NowCalling
          call={latest ? { number: latest.number, counterName: namesOf(latest.counter.id, latest.counter.name) } : null}
          connecting={!state}
          flash={flash}
        />
        <div className="board-side">
          <CounterBoard counters={counters} latestCounterId={latest?.counter.id ?? null} flash={flash} />
          <RecentCalls calls={recent.map((c) => ({ ...c, counterName: namesOf(c.counter.id, c.counter.name) }))} />
        </div>
      </main>
      <WaitingCounts services={services} />
      <Ticker text={state?.office.announcement} showEnglish={showEnglish} />
      {voice.blocked && <SoundOverlay onTap={voice.unlock} />}
    </div>
  );
}
