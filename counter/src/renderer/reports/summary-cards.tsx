// The range's headline figures.
import type { Lang, ReportSummary } from '@oss/shared';
import { minutesText } from '../time';
import { r, type ReportKey } from './report-messages';

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
}

export function SummaryCards({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const { totals, satisfaction } = summary;
  const min = r('minutes', lang);
  const cards: Array<{ key: ReportKey; id: string; value: string; sub?: string }> = [
    { key: 'issued', id: 'issued', value: String(totals.issued), sub: `${r('open', lang)} ${totals.open}` },
    {
      key: 'served',
      id: 'served',
      value: String(totals.served),
      sub: `${r('cancelled', lang)} ${totals.cancelled} · ${r('expired', lang)} ${totals.expired}`,
    },
    {
      key: 'noShowRate',
      id: 'no-show-rate',
      value: percent(totals.noShowRate),
      sub: `${r('noShow', lang)} ${totals.noShow} / ${r('called', lang)} ${totals.called}`,
    },
    {
      key: 'wait',
      id: 'wait',
      value: `${minutesText(totals.wait.meanSeconds)} ${min}`,
      sub: `${r('p90', lang)} ${minutesText(totals.wait.p90Seconds)} ${min}`,
    },
    {
      key: 'serviceTime',
      id: 'service-time',
      value: `${minutesText(totals.service.meanSeconds)} ${min}`,
      sub: `${r('p90', lang)} ${minutesText(totals.service.p90Seconds)} ${min}`,
    },
    {
      key: 'meanScore',
      id: 'mean-score',
      value: satisfaction.meanScore === null ? '–' : `${satisfaction.meanScore.toFixed(2)} / 5`,
      sub: `${r('ratings', lang)} ${satisfaction.count}`,
    },
  ];
  return (
    <dl className="summary-cards">
      {cards.map((c) => (
        <div key={c.id} className="summary-card">
          <dt>{r(c.key, lang)}</dt>
          <dd className="summary-value" data-testid={`total-${c.id}`}>
            {c.value}
          </dd>
          {c.sub && <dd className="summary-sub muted">{c.sub}</dd>}
        </div>
      ))}
    </dl>
  );
}
