// The hub's clock as this screen sees it, from the Date header of a health check, so that "a call
// older than 30 s" means the same on a TV whose own clock is off. Second resolution is plenty.
import { routes } from '@oss/shared';
import { createClient } from '@oss/shared/client';

export interface HubClock {
  /** Measures the offset again (on start and after each reconnect). */
  sync: () => Promise<void>;
  /** How long ago, in hub time, an ISO time was; null until synced. */
  ageOf: (iso: string) => number | null;
}

export function createHubClock(): HubClock {
  const client = createClient();
  let offset: number | null = null;
  return {
    async sync() {
      try {
        const sent = Date.now();
        const { response: res } = await client.exchange(routes.health, { cache: 'no-store' });
        const received = Date.now();
        const date = Date.parse(res.headers.get('date') ?? '');
        // The header is truncated to the second: its middle is the best guess.
        if (Number.isFinite(date)) offset = date + 500 - (sent + received) / 2;
      } catch {
        // Unreachable: keep the last offset.
      }
    },
    ageOf(iso) {
      const at = Date.parse(iso);
      return offset === null || !Number.isFinite(at) ? null : Date.now() + offset - at;
    },
  };
}
