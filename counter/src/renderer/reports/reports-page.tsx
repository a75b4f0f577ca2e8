// Reports (supervisors and admins): a day or a range; tickets by service and by hour, wait and
// service times, no-shows, per-staff figures, satisfaction; the CSV for Excel; the day close.
import { businessDayOf, ReportQuery, routes, type Lang, type ReportSummary, type User } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useEffect, useState } from 'react';
import { errorAt, issuesToErrors } from '../admin/form-errors';
import { ManageLayout } from '../components/manage-layout';
import { errorText } from '../messages';
import type { Route } from '../route';
import { downloadCsv } from './csv-download';
import { DatePicker, type DateRange } from './date-picker';
import { longDay } from './dates';
import { DayClose } from './day-close';
import { ReportCharts } from './report-charts';
import { r } from './report-messages';
import { ServiceTable, StaffTable } from './report-tables';
import { SatisfactionPanel } from './satisfaction-panel';
import { SummaryCards } from './summary-cards';

interface Props {
  api: Api;
  user: User;
  token: string;
  lang: Lang;
  onLang: (lang: Lang) => void;
  onNavigate: (route: Route) => void;
  onSignOut: () => void;
  onUnauthorized: () => void;
}

export function ReportsPage({ api, user, token, lang, onLang, onNavigate, onSignOut, onUnauthorized }: Props) {
  const [today, setToday] = useState<string | null>(null);
  const [range, setRange] = useState<DateRange | null>(null);
  const [summary, setSummary] = useState<ReportSummary | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const [downloading, setDownloading] = useState(false);

  // "Today" is the hub's business day (its clock and time zone), not this PC's.
  useEffect(() => {
    const start = (day: string) => {
      setToday(day);
      setRange((old) => old ?? { mode: 'day', from: day, to: day });
    };
    api.meStats().then(
      (s) => start(s.businessDay),
      () => start(businessDayOf(new Date(), 'Asia/Bangkok')),
    );
  }, [api]);

  const checked = range ? ReportQuery.safeParse({ from: range.from, to: range.to }) : null;
  const errors = checked && !checked.success ? issuesToErrors(checked.error.issues) : {};
  const valid = !!checked?.success;
  const from = range?.from ?? '';
  const to = range?.to ?? '';

  useEffect(() => {
    if (!valid) return;
    let live = true;
    setLoading(true);
    api
      .call(routes.reportSummary, { query: { from, to } })
      .then(
        (next) => {
          if (!live) return;
          setSummary(next);
          setError(null);
        },
        (err: unknown) => {
          if (!live) return;
          if (err instanceof ApiError && err.status === 401) onUnauthorized();
          else setError(err);
        },
      )
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [api, from, to, valid, reloads, onUnauthorized]);

  async function csv() {
    setDownloading(true);
    try {
      await downloadCsv(token, from, to);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else setError(err);
    } finally {
      setDownloading(false);
    }
  }

  const period = summary
    ? summary.from === summary.to
      ? longDay(summary.from, lang)
      : `${longDay(summary.from, lang)} – ${longDay(summary.to, lang)}`
    : '';
  return (
    <ManageLayout
      title={r('title', lang)}
      user={user}
      page="reports"
      lang={lang}
      onLang={onLang}
      onNavigate={onNavigate}
      onSignOut={onSignOut}
    >
      <section className="card report-toolbar">
        {range && today && (
          <DatePicker
            value={range}
            today={today}
            onChange={setRange}
            errors={{ from: errorAt(errors, 'from', lang), to: errorAt(errors, 'to', lang) }}
            lang={lang}
          />
        )}
        <div className="toolbar-buttons">
          <button
            type="button"
            className="btn"
            disabled={!valid || loading}
            onClick={() => setReloads((n) => n + 1)}
            data-testid="report-refresh"
          >
            {r('refresh', lang)}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!valid || downloading}
            onClick={() => void csv()}
            data-testid="download-csv"
          >
            {downloading ? r('downloading', lang) : r('downloadCsv', lang)}
          </button>
          <DayClose api={api} lang={lang} onClosed={() => setReloads((n) => n + 1)} onUnauthorized={onUnauthorized} />
        </div>
      </section>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="report-error">
          {errorText(error, lang)}
        </p>
      )}
      {loading && !summary && <p className="muted">{r('loading', lang)}</p>}
      {summary && (
        <div className="report" data-testid="report" aria-busy={loading}>
          <h2 className="report-period" data-testid="report-period">
            {period}
          </h2>
          <SummaryCards summary={summary} lang={lang} />
          {summary.totals.issued === 0 && summary.satisfaction.count === 0 && <p className="muted">{r('noData', lang)}</p>}
          <ReportCharts summary={summary} lang={lang} />
          <section className="card report-card">
            <ServiceTable summary={summary} lang={lang} />
          </section>
          <section className="card report-card">
            <StaffTable summary={summary} lang={lang} />
          </section>
          <SatisfactionPanel summary={summary} lang={lang} />
        </div>
      )}
    </ManageLayout>
  );
}
