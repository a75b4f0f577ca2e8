// `npm run bench:staff`: staff actions at 32 counters against one hub, with the hub's own CPU time
// a request (from /proc), for comparing two versions of the code side by side on a machine whose
// speed moves between runs: run it in a checkout of each, alternately. Bounded like `npm run bench`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './load.js';
import { addCounters, closeClients, hubArgs, hubEnv, login, staffRounds } from './office.js';
import { start } from './processes.js';

const COUNTERS = 32;
const PER_COUNTER = Number(process.env.BENCH_STAFF_CALLS ?? 150);

/** CPU time (user + system) of a process so far, in ms (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const dataDir = mkdtempSync(join(tmpdir(), 'oss-bench-staff-'));
const hub = await start(hubArgs, hubEnv(dataDir));
try {
  // Counters serve different services, whose queues drain unevenly: enough for the busiest.
  const waiting = Math.ceil(COUNTERS * (PER_COUNTER + 1) * 2.5);
  await load(hub.url, waiting, COUNTERS, (i) => ({
    method: 'POST',
    path: '/api/v1/tickets',
    body: JSON.stringify({ serviceId: 1 + (i % 8) }),
  }));
  const token = await login(hub.url);
  const counters = await addCounters(hub.url, token, COUNTERS);
  await staffRounds(hub.url, token, counters, 1); // opens each counter's connection, as `npm run bench` does
  const cpu0 = cpuMs(hub.proc.pid!);
  const result = await staffRounds(hub.url, token, counters, PER_COUNTER);
  const cpuPerRequest = ((cpuMs(hub.proc.pid!) - cpu0) * 1000) / result.count;
  console.log(
    `staff actions, ${COUNTERS} counters, ${waiting} tickets issued: ${result.count} requests, ` +
      `${result.perSecond.toFixed(0)}/s p50 ${result.p50.toFixed(2)} ms p99 ${result.p99.toFixed(2)} ms, ` +
      `hub CPU ${cpuPerRequest.toFixed(0)} µs a request${result.errors ? `, ${result.errors} errors` : ''}`,
  );
} finally {
  closeClients();
  await hub.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
