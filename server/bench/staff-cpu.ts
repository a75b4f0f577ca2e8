// `npm run bench:staff`: staff actions at 32 counters against one hub, with the hub's own CPU time
// a request (from /proc), for comparing two versions of the code side by side on a machine whose
// speed moves between runs: run it in a checkout of each, alternately. Bounded like `npm run bench`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonClient, load, summarise } from './load.js';
import { start } from './processes.js';

const COUNTERS = 32;
const PER_COUNTER = Number(process.env.BENCH_STAFF_CALLS ?? 150);
const PASSWORD = 'bench-admin-password';

/** CPU time (user + system) of a process so far, in ms (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const dataDir = mkdtempSync(join(tmpdir(), 'oss-bench-staff-'));
const hub = await start(['--max-semi-space-size=8', 'server/dist/index.js'], {
  OSS_DATA_DIR: dataDir,
  OSS_HOST: '127.0.0.1',
  OSS_PORT: '0',
  OSS_LOG_LEVEL: 'warn',
  OSS_ADMIN_PASSWORD: PASSWORD,
  OSS_SEED: 'demo',
  OSS_RATE_ISSUE_PER_MIN: '0',
  OSS_BACKUP_AT: 'off',
});
try {
  const client = jsonClient(hub.url);
  // Counters serve different services, whose queues drain unevenly: enough for the busiest.
  const waiting = Math.ceil(COUNTERS * (PER_COUNTER + 1) * 2.5);
  await load(hub.url, waiting, COUNTERS, (i) => ({
    method: 'POST',
    path: '/api/v1/tickets',
    body: JSON.stringify({ serviceId: 1 + (i % 8) }),
  }));
  const token = (await client.post<{ token: string }>('/api/v1/auth/login', { username: 'admin', password: PASSWORD })).json
    .token;
  const res = await fetch(`${hub.url}/api/v1/counters`);
  const demo = ((await res.json()) as { counters: Array<{ id: number; serviceIds: number[] }> }).counters;
  const counters = demo.map((c) => c.id);
  while (counters.length < COUNTERS) {
    const n = counters.length + 1;
    const added = await client.post<{ counter: { id: number } }>(
      '/api/v1/admin/counters',
      { names: { th: `ช่อง ${n}`, en: `Counter ${n}` }, serviceIds: demo[n % demo.length]!.serviceIds },
      token,
    );
    counters.push(added.json.counter.id);
  }

  const latencies: number[] = [];
  let errors = 0;
  const rounds = async (n: number, record: boolean) =>
    Promise.all(
      counters.map(async (counter) => {
        for (let i = 0; i < n; i++) {
          let t = performance.now();
          const called = await client.post<{ ticket: { id: number } | null }>(`/api/v1/counters/${counter}/call-next`, {}, token);
          if (record) latencies.push(performance.now() - t);
          if (called.status !== 200 || !called.json.ticket) {
            errors++;
            continue;
          }
          t = performance.now();
          const started = await client.post(`/api/v1/tickets/${called.json.ticket.id}/start`, {}, token);
          if (record) latencies.push(performance.now() - t);
          if (started.status !== 200) errors++;
        }
      }),
    );
  await rounds(1, false); // opens each counter's connection, as `npm run bench` does
  const cpu0 = cpuMs(hub.proc.pid!);
  const t0 = performance.now();
  await rounds(PER_COUNTER, true);
  const result = summarise(latencies, errors, (performance.now() - t0) / 1000);
  const cpuPerRequest = ((cpuMs(hub.proc.pid!) - cpu0) * 1000) / latencies.length;
  console.log(
    `staff actions, ${COUNTERS} counters, ${waiting} tickets issued: ${result.count} requests, ` +
      `${result.perSecond.toFixed(0)}/s p50 ${result.p50.toFixed(2)} ms p99 ${result.p99.toFixed(2)} ms, ` +
      `hub CPU ${cpuPerRequest.toFixed(0)} µs a request${errors ? `, ${errors} errors` : ''}`,
  );
  client.close();
} finally {
  await hub.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
