// The staff member's own figures for today (GET /me/stats): fetched when the console opens, again
// whenever the ticket at the counter changes (so a completed ticket counts at once) and every minute.
import type { MeStatsResponse } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';
import { useEffect, useState } from 'react';

const EVERY_MS = 60_000;

export function useMyStats(api: Api, trigger: string, onUnauthorized: () => void): MeStatsResponse | null {
  const [stats, setStats] = useState<MeStatsResponse | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), EVERY_MS);
    return () => clearInterval(id);
  }, []);

  useEffect(() => {
    let live = true;
    api.meStats().then(
      (next) => {
        if (live) setStats(next);
      },
      (err: unknown) => {
        // The figures are a convenience: keep the last ones on a network error.
        if (live && err instanceof ApiError && err.status === 401) onUnauthorized();
      },
    );
    return () => {
      live = false;
    };
  }, [api, trigger, tick, onUnauthorized]);

  return stats;
}
