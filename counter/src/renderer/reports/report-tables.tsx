// The figures per service and per staff member, as tables (with the wait and service times).
import { pick, type Durations, type Lang, type ReportSummary } from '@oss/shared';
import { minutesText } from '../time';
import { r } from './report-messages';
import { percent } from './summary-cards';

const mins = (d: Durations) => `${minutesText(d.meanSeconds)} / ${minutesText(d.p90Seconds)}`;

export function ServiceTable({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  const timeHead = `(${r('mean', lang)} / ${r('p90', lang)}, ${r('minutes', lang)})`;
  return (
    <table className="table report-table" data-testid="by-service">
      <caption>{r('byService', lang)}</caption>
      <thead>
        <tr>
          <th scope="col">{r('service', lang)}</th>
          <th scope="col">{r('issued', lang)}</th>
          <th scope="col">{r('served', lang)}</th>
          <th scope="col">{r('noShow', lang)}</th>
          <th scope="col">{r('cancelled', lang)}</th>
          <th scope="col">{r('expired', lang)}</th>
          <th scope="col">
            {r('wait', lang)} <small>{timeHead}</small>
          </th>
          <th scope="col">
            {r('serviceTime', lang)} <small>{timeHead}</small>
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byService.map((s) => (
          <tr key={s.serviceId} data-testid={`by-service-${s.code}`}>
            <th scope="row">
              <span className="mono">{s.code}</span> {pick(s.name, lang)}
            </th>
            <td data-testid={`issued-${s.code}`}>{s.issued}</td>
            <td data-testid={`served-${s.code}`}>{s.served}</td>
            <td>{s.noShow}</td>
            <td>{s.cancelled}</td>
            <td>{s.expired}</td>
            <td>{mins(s.wait)}</td>
            <td>{mins(s.service)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{lang === 'th' ? 'รวม' : 'Total'}</th>
          <td>{summary.totals.issued}</td>
          <td>{summary.totals.served}</td>
          <td>
            {summary.totals.noShow} <small>({percent(summary.totals.noShowRate)})</small>
          </td>
          <td>{summary.totals.cancelled}</td>
          <td>{summary.totals.expired}</td>
          <td>{mins(summary.totals.wait)}</td>
          <td>{mins(summary.totals.service)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function StaffTable({ summary, lang }: { summary: ReportSummary; lang: Lang }) {
  if (summary.byStaff.length === 0) return null;
  return (
    <table className="table report-table" data-testid="by-staff">
      <caption>{r('byStaff', lang)}</caption>
      <thead>
        <tr>
          <th scope="col">{r('staff', lang)}</th>
          <th scope="col">{r('called', lang)}</th>
          <th scope="col">{r('served', lang)}</th>
          <th scope="col">{r('noShow', lang)}</th>
          <th scope="col">{r('transferred', lang)}</th>
          <th scope="col">
            {r('serviceTime', lang)}{' '}
            <small>
              ({r('mean', lang)} / {r('p90', lang)}, {r('minutes', lang)})
            </small>
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byStaff.map((s) => (
          <tr key={s.staffId} data-testid={`by-staff-${s.staffId}`}>
            <th scope="row">{s.displayName}</th>
            <td>{s.called}</td>
            <td data-testid={`staff-served-${s.staffId}`}>{s.served}</td>
            <td>{s.noShows}</td>
            <td>{s.transferred}</td>
            <td>{mins(s.service)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
