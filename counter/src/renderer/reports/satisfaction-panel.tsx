// Citizens' ratings: the spread of scores 1–5 and the comments, newest first.
import { formatDate, type Lang, type ReportSummary } from '@oss/shared';
import { BarChart } from './bar-chart';
import { r } from './report-messages';

export function SatisfactionPanel({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const { satisfaction, timeZone } = summary;
  return (
    <section className="card report-card" data-testid="satisfaction">
      <h2>
        {r('satisfaction', lang)}{' '}
        <span className="muted small">
          {r('meanScore', lang)} {satisfaction.meanScore?.toFixed(2) ?? '–'} · {r('ratings', lang)} {satisfaction.count}
        </span>
      </h2>
      <div className="satisfaction-body">
        <BarChart
          title={r('ratings', lang)}
          categories={satisfaction.distribution.map((d) => `${'★'.repeat(d.score)}`)}
          series={[{ label: r('ratings', lang), className: 'bar-score', values: satisfaction.distribution.map((d) => d.count) }]}
          height={260}
          testId="chart-scores"
        />
        <div>
          <h3>
            {r('comments', lang)} ({satisfaction.commentCount})
          </h3>
          {satisfaction.comments.length === 0 ? (
            <p className="muted">{r('noComments', lang)}</p>
          ) : (
            <ul className="comments" data-testid="comments">
              {satisfaction.comments.map((c) => (
                <li key={`${c.ticketNumber}-${c.at}`}>
                  <span className="comment-meta">
                    {'★'.repeat(c.score)} · <span className="mono">{c.ticketNumber}</span> ·{' '}
                    {formatDate(new Date(c.at), lang, timeZone, 'short')}
                  </span>
                  <q>{c.comment}</q>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
