// The last calls, newest first, for whoever looked away when their number came up.
import type { Localized, RecentCall } from '@oss/shared';
import { MESSAGES } from '../messages';
import { Bilingual } from './bilingual';

/** At most; the list shows as many whole rows as the screen has room for. */
const SHOWN = 8;

export function RecentCalls({ calls }: { calls: Array<RecentCall & { counterName: Localized }> }) {
  return (
    <section className="recent" data-testid="recent-calls">
      <h2 className="section-title">
        <Bilingual text={MESSAGES.recentCalls} />
      </h2>
      <ol className="recent-list">
        {calls.slice(0, SHOWN).map((c, i) => (
          <li key={`${c.at}:${c.number}`} className={`recent-row${i === 0 ? ' recent-latest' : ''}`} data-testid="recent-call">
            <span className="recent-number" data-testid="recent-call-number">
              {c.number}
            </span>
            <span className="recent-arrow" aria-hidden="true">
              →
            </span>
            <span className="recent-counter">
              {c.counterName.th} <span className="recent-counter-en">{c.counterName.en}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
