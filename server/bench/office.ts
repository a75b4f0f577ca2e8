// The hub as the benchmarks start it, and the counter work they drive through it: shared by
// `npm run bench` (run.ts) and `npm run bench:staff` (staff-cpu.ts).
import { jsonClient, summarise, type LoadResult } from './load.js';

export const PASSWORD = 'bench-admin-password';

// As the npm start script, the systemd unit and the Windows service run it.
export const hubArgs = ['--max-semi-space-size=8', 'server/dist/index.js'];
export const hubEnv = (dataDir: string) => ({
  OSS_DATA_DIR: dataDir,
  OSS_HOST: '127.0.0.1',
  OSS_PORT: '0',
  OSS_LOG_LEVEL: 'warn',
  OSS_ADMIN_PASSWORD: PASSWORD,
  OSS_SEED: 'demo',
  OSS_RATE_ISSUE_PER_MIN: '0', // one client address issues thousands a second here
  OSS_BACKUP_AT: 'off', // a nightly backup of the year of history must not run mid-measurement
});

/** A ticket for one of the demo office's eight services, in turn. */
export const issueReq = (i: number) => ({
  method: 'POST' as const,
  path: '/api/v1/tickets',
  body: JSON.stringify({ serviceId: 1 + (i % 8) }),
});

// One keep-alive client per hub; closed at the end (closeClients).
const clients = new Map<string, ReturnType<typeof jsonClient>>();

export function closeClients(): void {
  clients.forEach((c) => c.close());
  clients.clear();
}

export function post(url: string, path: string, token?: string, body: unknown = {}) {
  let client = clients.get(url);
  if (!client) clients.set(url, (client = jsonClient(url)));
  return client.post<{ ticket?: { id: number } | null; token?: string; counter?: { id: number } }>(path, body, token);
}

export async function login(url: string): Promise<string> {
  return (await post(url, '/api/v1/auth/login', undefined, { username: 'admin', password: PASSWORD })).json.token!;
}

/**
 * Staff at these counters at once, each calling next (completing the previous), then starting it.
 * One round first, not timed, as the ticket run warms up: each counter's keep-alive connection is
 * opened by it (a new connection's first answer was the slowest of a short run).
 */
export async function staffActions(
  url: string,
  token: string,
  counters: number[],
  perCounter: number,
  /** Runs when the warm-up is done, just before the clock starts. */
  onStart: () => void = () => undefined,
): Promise<LoadResult> {
  await staffRounds(url, token, counters, 1);
  onStart();
  return staffRounds(url, token, counters, perCounter);
}

async function staffRounds(url: string, token: string, counters: number[], perCounter: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    counters.map(async (counter) => {
      for (let i = 0; i < perCounter; i++) {
        let s = performance.now();
        const called = await post(url, `/api/v1/counters/${counter}/call-next`, token);
        latencies.push(performance.now() - s);
        if (called.status !== 200 || !called.json.ticket) {
          errors++;
          continue;
        }
        s = performance.now();
        const started = await post(url, `/api/v1/tickets/${called.json.ticket.id}/start`, token);
        latencies.push(performance.now() - s);
        if (started.status !== 200) errors++;
      }
    }),
  );
  return summarise(latencies, errors, (performance.now() - t0) / 1000);
}

/** More counters like the demo office's four (each copy serves what one of them serves): the capacity run. */
export async function addCounters(url: string, token: string, upTo: number): Promise<number[]> {
  const res = await fetch(`${url}/api/v1/counters`);
  const demo = ((await res.json()) as { counters: Array<{ id: number; serviceIds: number[] }> }).counters;
  const ids = demo.map((c) => c.id);
  while (ids.length < upTo) {
    const n = ids.length + 1;
    const added = await post(url, '/api/v1/admin/counters', token, {
      names: { th: `ช่อง ${n}`, en: `Counter ${n}` },
      serviceIds: demo[n % demo.length]!.serviceIds,
    });
    if (added.status !== 201 || !added.json.counter) throw new Error(`could not add a counter: ${added.status}`);
    ids.push(added.json.counter.id);
  }
  return ids;
}
