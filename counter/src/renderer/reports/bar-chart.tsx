// Bar charts in plain SVG (no chart library, nothing from the internet): grouped vertical bars
// with a value axis, category labels and a legend. The numbers are also in the tables beside them.

interface Series {
  label: string;
  /** A CSS class giving the bars their colour (.bar-issued, .bar-served, …). */
  className: string;
  values: number[];
}

interface Props {
  title: string;
  categories: string[];
  series: Series[];
  /** Unit for the tooltips, e.g. "คิว". */
  unit?: string;
  height?: number;
  testId?: string;
}

const W = 720;
const PAD = { left: 40, right: 8, top: 10, bottom: 26 };

/** A round maximum for the axis: 1, 2, 5 × 10ⁿ at or above the largest value. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function BarChart({ title, categories, series, unit = '', height = 220, testId }: Props) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, categories.length);
  const barW = Math.max(2, (slot * 0.8) / Math.max(1, series.length));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, max / 2, max];
  const summary = series.map((s) => `${s.label} ${s.values.reduce((a, b) => a + b, 0)}`).join(', ');
  // Every label when they fit; else every other one.
  const labelEvery = categories.length > 16 ? 2 : 1;

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="legend">
          {series.map((s) => (
            <span key={s.label} className="legend-item">
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" className={s.className} />
              </svg>
              {s.label}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${title}: ${summary}`} className="chart-svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid-line" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="axis-label">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <g key={c}>
            {series.map((s, j) => {
              const v = s.values[i] ?? 0;
              const x = PAD.left + i * slot + slot * 0.1 + j * barW;
              return (
                <rect key={s.label} x={x} y={y(v)} width={barW - 1} height={Math.max(0, y(0) - y(v))} className={s.className}>
                  <title>{`${c} · ${s.label}: ${v}${unit ? ` ${unit}` : ''}`}</title>
                </rect>
              );
            })}
            {i % labelEvery === 0 && (
              <text x={PAD.left + i * slot + slot / 2} y={height - 8} textAnchor="middle" className="axis-label">
                {c}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
