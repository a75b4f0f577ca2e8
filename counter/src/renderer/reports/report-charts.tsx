// The report's charts: tickets by hour (or by day for a range) and by service.
import type { Lang, ReportSummary } from '@oss/shared';
import { BarChart } from './bar-chart';
import { shortDay } from './dates';
import { r } from './report-messages';

/** Office hours at least, widened to any hour with tickets. */
function shownHours(summary: ReportSummary): ReportSummary['byHour'] {
  const busy = summary.byHour.filter((h) => h.issued > 0 || h.served > 0).map((h) => h.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(17, ...busy);
  return summary.byHour.filter((h) => h.hour >= first && h.hour <= last);
}

export function ReportCharts({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const unit = lang === 'th' ? 'คิว' : 'tickets';
  const hours = shownHours(summary);
  const both = (issued: number[], served: number[]) => [
    { label: r('issued', lang), className: 'bar-issued', values: issued },
    { label: r('served', lang), className: 'bar-served', values: served },
  ];
  return (
    <div className="report-charts">
      <section className="card report-card">
        <BarChart
          title={r('byHour', lang)}
          categories={hours.map((h) => `${String(h.hour).padStart(2, '0')}`)}
          series={both(
            hours.map((h) => h.issued),
            hours.map((h) => h.served),
          )}
          unit={unit}
          testId="chart-hours"
        />
      </section>
      {summary.byDay.length > 1 && (
        <section className="card report-card">
          <BarChart
            title={r('byDay', lang)}
            categories={summary.byDay.map((d) => shortDay(d.businessDay, lang).replace(/\s\d{4}$/, ''))}
            series={both(
              summary.byDay.map((d) => d.issued),
              summary.byDay.map((d) => d.served),
            )}
            unit={unit}
            testId="chart-days"
          />
        </section>
      )}
      <section className="card report-card">
        <BarChart
          title={r('byService', lang)}
          categories={summary.byService.map((s) => s.code)}
          series={both(
            summary.byService.map((s) => s.issued),
            summary.byService.map((s) => s.served),
          )}
          unit={unit}
          testId="chart-services"
        />
      </section>
    </div>
  );
}
