// The last calls, newest first, for whoever looked away when their number came up.
import type { Localized, RecentCall } from '@oss/shared';
import { MESSAGES } from '../messages';
import { Bilingual } from './bilingual';

/** At most; the list shows as many whole rows as the screen has room for. */
const SHOWN = 8;

/**
 * React keys for the rows: a call's time and number, made unique, since two recalls in the same
 * millisecond would share them (and duplicate keys make React keep stale rows).
 */
function rowKeys(calls: readonly RecentCall[]): string[] {
  const seen = new Map<string, number>();
  return calls.map((c) => {
    const base = `${c.at}:${c.number}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

export function RecentCalls({ calls }: { calls: Array<RecentCall & { counterName: Localized }> }) {
  const shown = calls.slice(0, SHOWN);
  const keys = rowKeys(shown);
  return (
    <section className="recent" data-testid="recent-calls">
      <h2 className="section-title">
        <Bilingual text={MESSAGES.recentCalls} />
      </h2>
      <ol className="recent-list">
        {shown.map((c, i) => (
          <li key={keys[i]} className={`recent-row${i === 0 ? ' recent-latest' : ''}`} data-testid="recent-call">
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
