// Every counter and the number it is calling or serving.
import type { LiveState, PublicTicket } from '@oss/shared';
import { MESSAGES } from '../messages';
import { Bilingual } from './bilingual';

type BoardCounter = LiveState<PublicTicket>['counters'][number];

interface Props {
  counters: BoardCounter[];
  latestCounterId: number | null;
  flash: number;
}

export function CounterBoard({ counters, latestCounterId, flash }: Props) {
  return (
    <section className="counters" data-testid="counters">
      <h2 className="section-title">
        <Bilingual text={MESSAGES.counters} />
      </h2>
      <div className={`counter-grid counter-grid-${Math.min(counters.length, 6)}`}>
        {counters.map((c) => {
          const latest = c.id === latestCounterId;
          return (
            <div
              key={latest ? `${c.id}:${flash}` : c.id}
              className={`counter-tile${c.open ? '' : ' counter-closed'}${latest ? ' counter-latest' : ''}${latest && flash > 0 ? ' flash' : ''}`}
              data-testid={`counter-${c.id}`}
            >
              <div className="counter-name">
                <span className="counter-name-th">
                  {c.names.th}
                  {!c.open && <span className="counter-closed-label"> · {MESSAGES.closed.th}</span>}
                </span>
                <span className="counter-name-en">
                  {c.names.en}
                  {!c.open && ` · ${MESSAGES.closed.en}`}
                </span>
              </div>
              <div className="counter-current" data-testid={`counter-${c.id}-current`} data-status={c.current?.status ?? ''}>
                {c.current ? c.current.number : c.open ? '—' : ''}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
