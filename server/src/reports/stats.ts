// Figures for reports: means, nearest-rank percentiles, service time, local hours.
import { formatTime, type Durations } from '@oss/shared';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Nearest-rank percentile (p in 0..1) of values sorted ascending; undefined when there are none. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Count, mean and 90th percentile of durations in milliseconds, in seconds to 0.1 s. */
export function durations(ms: number[]): Durations {
  if (ms.length === 0) return { count: 0, meanSeconds: null, p90Seconds: null };
  const sorted = [...ms].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    meanSeconds: round1(sum / sorted.length / 1000),
    p90Seconds: round1(percentile(sorted, 0.9)! / 1000),
  };
}

export interface ServiceTimes {
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
}

/**
 * How long a finished ticket was served: start → finish. A ticket completed straight from
 * "called" (start and finish in one press) gets the engine's start = finish; its time is then
 * counted from the call, which is when the citizen came to the counter.
 */
export function serviceMs(t: ServiceTimes): number | null {
  if (t.finished_at === null) return null;
  const start = t.started_at !== null && t.started_at < t.finished_at ? t.started_at : (t.called_at ?? t.started_at);
  return start === null ? null : Math.max(0, t.finished_at - start);
}

/** The local hour (0–23) of instants, cached per quarter hour: every real UTC offset is a multiple of it. */
export function localHours(timeZone: string): (ms: number) => number {
  const cache = new Map<number, number>();
  return (ms) => {
    const key = Math.floor(ms / 900_000);
    let hour = cache.get(key);
    if (hour === undefined) {
      hour = Number(formatTime(new Date(key * 900_000), timeZone).slice(0, 2));
      cache.set(key, hour);
    }
    return hour;
  };
}

/** Every date from one to another, inclusive (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
