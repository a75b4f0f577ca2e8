// A day, or a range of days, chosen with day / month / Buddhist-era year lists (what Thai offices
// write), with shortcuts for today, yesterday, the last 7 days and this month.
import type { Lang } from '@oss/shared';
import { useId } from 'react';
import { addDays, BE_OFFSET, longDay, monthNames, monthStart } from './dates';
import { r } from './report-messages';

export interface DateRange {
  from: string;
  to: string;
  mode: 'day' | 'range';
}

interface Props {
  value: DateRange;
  /** The hub's business day today, for the shortcuts. */
  today: string;
  onChange: (value: DateRange) => void;
  errors: { from?: string | null; to?: string | null };
  lang: Lang;
}

export function DatePicker({ value, today, onChange, errors, lang }: Props) {
  const set = (patch: Partial<DateRange>) => {
    const next = { ...value, ...patch };
    onChange(next.mode === 'day' ? { ...next, to: next.from } : next);
  };
  return (
    <div className="date-picker" data-testid="date-picker">
      <div className="lang-switch mode-switch" role="group" aria-label={r('range', lang)}>
        <button type="button" aria-pressed={value.mode === 'day'} onClick={() => set({ mode: 'day' })} data-testid="mode-day">
          {r('oneDay', lang)}
        </button>
        <button
          type="button"
          aria-pressed={value.mode === 'range'}
          onClick={() => set({ mode: 'range' })}
          data-testid="mode-range"
        >
          {r('range', lang)}
        </button>
      </div>
      <DayField
        legend={r(value.mode === 'day' ? 'day' : 'from', lang)}
        value={value.from}
        onChange={(from) => set({ from })}
        error={errors.from ?? null}
        lang={lang}
        testId="from"
      />
      {value.mode === 'range' && (
        <DayField
          legend={r('to', lang)}
          value={value.to}
          onChange={(to) => set({ to })}
          error={errors.to ?? null}
          lang={lang}
          testId="to"
        />
      )}
      <div className="quick-days">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange({ mode: 'day', from: today, to: today })}
          data-testid="quick-today"
        >
          {r('today', lang)}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange({ mode: 'day', from: addDays(today, -1), to: addDays(today, -1) })}
        >
          {r('yesterday', lang)}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange({ mode: 'range', from: addDays(today, -6), to: today })}
        >
          {r('last7', lang)}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange({ mode: 'range', from: monthStart(today), to: today })}
        >
          {r('thisMonth', lang)}
        </button>
      </div>
    </div>
  );
}

function DayField({
  legend,
  value,
  onChange,
  error,
  lang,
  testId,
}: {
  legend: string;
  value: string;
  onChange: (day: string) => void;
  error: string | null;
  lang: Lang;
  testId: string;
}) {
  const id = useId();
  const [y = '2000', m = '01', d = '01'] = value.split('-');
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(Number(y))) years.push(Number(y));
  const pad = (n: number) => String(n).padStart(2, '0');
  const put = (part: 'y' | 'm' | 'd', v: string) =>
    onChange(`${part === 'y' ? v : y}-${part === 'm' ? v : m}-${part === 'd' ? v : d}`);
  const select = (part: 'y' | 'm' | 'd', label: string, current: string, options: Array<[string, string]>) => (
    <label className="date-part">
      <span className="sr-only">{`${legend}: ${label}`}</span>
      <select
        value={current}
        onChange={(e) => put(part, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-show`}
        data-testid={`${testId}-${part}`}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="day-field">
      <legend>{legend}</legend>
      <div className="date-parts">
        {select(
          'd',
          r('dayOfMonth', lang),
          d,
          Array.from({ length: 31 }, (_, i) => [pad(i + 1), String(i + 1)]),
        )}
        {select(
          'm',
          r('month', lang),
          m,
          monthNames(lang).map((name, i) => [pad(i + 1), name]),
        )}
        {select(
          'y',
          r('yearBe', lang),
          y,
          years
            .sort((p, q) => q - p)
            .map((year) => [String(year), lang === 'th' ? `พ.ศ. ${year + BE_OFFSET}` : `${year} (${year + BE_OFFSET} BE)`]),
        )}
      </div>
      <span
        id={`${id}-show`}
        className={error ? 'field-error' : 'field-hint'}
        role={error ? 'alert' : undefined}
        data-testid={`${testId}-shown`}
      >
        {error ?? longDay(value, lang)}
      </span>
    </fieldset>
  );
}
