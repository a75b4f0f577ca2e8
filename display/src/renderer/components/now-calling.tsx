// The latest call, as large as the screen allows: number, then the counter to go to.
import type { Localized } from '@oss/shared';
import { MESSAGES } from '../messages';
import { Bilingual } from './bilingual';

interface Props {
  call: { number: string; counterName: Localized } | null;
  connecting: boolean;
  /** Changes on each live call; re-keys the panel so the highlight plays again. */
  flash: number;
}

export function NowCalling({ call, connecting, flash }: Props) {
  return (
    <section className="now-calling" aria-live="polite" data-testid="now-calling">
      <Bilingual text={MESSAGES.nowCalling} className="now-label" />
      {call ? (
        <div key={flash} className={`now-call${flash > 0 ? ' flash' : ''}`} data-testid="now-calling-call" data-flash={flash}>
          <div className="now-number" data-testid="now-calling-number">
            {call.number}
          </div>
          <div className="now-arrow" aria-hidden="true">
            ▼
          </div>
          <div className="now-counter" data-testid="now-calling-counter">
            <span className="now-counter-th">{call.counterName.th}</span>
            <span className="now-counter-en">{call.counterName.en}</span>
          </div>
        </div>
      ) : (
        <div className="now-call now-empty" data-testid="now-calling-empty">
          <Bilingual text={connecting ? MESSAGES.connecting : MESSAGES.noCallsYet} />
        </div>
      )}
    </section>
  );
}
