// `npm run bench:staff`: staff actions at 32 counters against one hub, with the hub's own CPU time
// a request (from /proc), for comparing two versions of the code side by side on a machine whose
// speed moves between runs: run it in a checkout of each, alternately. Bounded like `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './load.js';
import { addCounters, closeClients, hubArgs, hubEnv, issueReq, login, staffActions } from './office.js';
import { cpuMs, start } from './processes.js';

const COUNTERS = 32;
const PER_COUNTER = Number(process.env.BENCH_STAFF_CALLS ?? 150);

const dataDir = mkdtempSync(join(tmpdir(), 'oss-bench-staff-'));
const hub = await start(hubArgs, hubEnv(dataDir));
try {
  // Counters serve different services, whose queues drain unevenly: enough for the busiest.
  const waiting = Math.ceil(COUNTERS * (PER_COUNTER + 1) * 2.5);
  await load(hub.url, waiting, COUNTERS, issueReq);
  const token = await login(hub.url);
  const counters = await addCounters(hub.url, token, COUNTERS);
  let cpu0 = 0;
  const result = await staffActions(hub.url, token, counters, PER_COUNTER, () => (cpu0 = cpuMs(hub.proc.pid!)));
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
