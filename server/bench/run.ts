// `npm run bench`: the docs/design.md §7 figures, each beside a baseline measured in the same run.
// Bounded: fixed request counts, every child stopped at the end. Prints a table, writes JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import { linkLossAndReturn, type LinkFigures } from './link.js';
import { load, percentile, summarise, type LoadResult } from './load.js';
import { addCounters, closeClients, hubArgs, hubEnv, issueReq, login, post, staffActions } from './office.js';
import { ROOT, rssMb, start, type Child } from './processes.js';

const ISSUES = Number(process.env.BENCH_ISSUES ?? 5000);
const CONCURRENCY = 32;
const SCREENS = Number(process.env.BENCH_SCREENS ?? 200);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 1_000_000);
const LINK_SCREENS = Number(process.env.BENCH_LINK_SCREENS ?? 50);
const baseReq = (i: number) => ({ method: 'POST' as const, path: '/tickets', body: JSON.stringify({ serviceId: 1 + (i % 8) }) });

/** Screens come on in batches of 20, as a lobby's TVs and phones do, not all in one instant. */
async function connectScreens(url: string, n: number, auth: Record<string, unknown> | null): Promise<Socket[]> {
  const one = () =>
    new Promise<Socket>((resolve, reject) => {
      const s = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(auth ? { auth } : {}) });
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
  const screens: Socket[] = [];
  while (screens.length < n) screens.push(...(await Promise.all(Array.from({ length: Math.min(20, n - screens.length) }, one))));
  return screens;
}

/** Time from sending the call to the event reaching each of the screens; `prepare` runs before the clock starts. */
async function callToScreen(
  screens: Socket[],
  call: () => Promise<number | null>,
  calls: number,
  prepare: () => Promise<void> = async () => undefined,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const t0all = performance.now();
  for (let i = 0; i < calls; i++) {
    await prepare();
    let sentAt = 0;
    let expected: number | null = null;
    const pending: Array<{ ticketId: number; at: number }> = [];
    const arrivals = screens.map(
      (s) =>
        new Promise<void>((resolve) => {
          const onEvent = (e: { type: string; ticket: { id: number } | null }) => {
            if (e.type !== 'ticket.called' || !e.ticket) return;
            pending.push({ ticketId: e.ticket.id, at: performance.now() });
            s.off('event', onEvent);
            resolve();
          };
          s.on('event', onEvent);
        }),
    );
    sentAt = performance.now();
    expected = await call();
    if (expected === null) {
      errors++;
      screens.forEach((s) => s.removeAllListeners('event'));
      continue;
    }
    await Promise.race([Promise.all(arrivals), new Promise((r) => setTimeout(r, 5000))]);
    for (const p of pending) if (p.ticketId === expected) latencies.push(p.at - sentAt);
    errors += screens.length - pending.length;
  }
  return summarise(latencies, errors, (performance.now() - t0all) / 1000);
}

function fillHistory(file: string, rows: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const t0 = Date.parse('2025-11-25T02:00:00Z');
  // A year of finished tickets, ~4,000 a business day, spread over the eight services.
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO tickets (business_day, issued_service_id, service_id, seq, number, status, priority, channel, tracking_code,
       issued_at, queued_at, called_at, started_at, finished_at, counter_id)
     SELECT date(?, 'unixepoch', '+' || (i / 4000) || ' days'), 1 + (i % 8), 1 + (i % 8), 1 + (i % 4000) / 8,
       'X' || i, 'done', 'none', 'kiosk', 'H' || i, ? + i * 7000, ? + i * 7000, ? + i * 7000 + 60000, ? + i * 7000 + 90000, ? + i * 7000 + 400000, 1 + (i % 4)
     FROM n`,
  ).run(rows - 1, Math.floor(t0 / 1000), t0, t0, t0, t0, t0);
  db.close();
}

const rows: Array<[string, string, string, string]> = [];
const json: Record<string, unknown> = { date: new Date().toISOString(), cores: (await import('node:os')).cpus().length };
const step = (what: string) => process.stderr.write(`… ${what}\n`);
const fmt = (r: LoadResult) =>
  `${r.perSecond.toFixed(0)}/s p50 ${r.p50.toFixed(2)} ms p99 ${r.p99.toFixed(2)} ms${r.errors ? ` (${r.errors} errors)` : ''}`;
const ratio = (hub: LoadResult, base: LoadResult) =>
  `${(hub.perSecond / base.perSecond).toFixed(2)}× throughput, p99 ${(hub.p99 / base.p99).toFixed(2)}×`;
const children: Child[] = [];
const dirs: string[] = [];

try {
  // 1. Ticket issue over HTTP.
  step('ticket issue');
  const base = await start(['--import', 'tsx', 'server/bench/baseline-http.ts']);
  children.push(base);
  await load(base.url, 500, CONCURRENCY, baseReq);
  const baseIssue = await load(base.url, ISSUES, CONCURRENCY, baseReq);
  await base.stop();

  const dataDir = mkdtempSync(join(tmpdir(), 'oss-bench-'));
  dirs.push(dataDir);
  const hub = await start(hubArgs, hubEnv(dataDir));
  children.push(hub);
  await load(hub.url, 500, CONCURRENCY, issueReq);
  const hubIssue = await load(hub.url, ISSUES, CONCURRENCY, issueReq);
  rows.push(['ticket issue (HTTP)', fmt(hubIssue), fmt(baseIssue), ratio(hubIssue, baseIssue)]);
  json.issue = { hub: hubIssue, baseline: baseIssue };

  // 2. Staff actions.
  step('staff actions');
  const token = await login(hub.url);
  const staff = await staffActions(hub.url, token, [1, 2, 3, 4], 100);
  rows.push(['staff actions, 4 counters (call-next, start)', fmt(staff), fmt(baseIssue), ratio(staff, baseIssue)]);
  const counters = await addCounters(hub.url, token, CONCURRENCY);
  // 70 calls a counter, fewer if a small run (BENCH_ISSUES) left fewer tickets waiting; half of
  // what waits at most, as counters serving different services drain their queues unevenly.
  const waitingNow = 500 + ISSUES - 4 * 101 - counters.length;
  const perCounter = Math.max(0, Math.min(70, Math.floor(waitingNow / counters.length / 2)));
  const staffBusy = await staffActions(hub.url, token, counters, perCounter);
  rows.push([`staff actions, ${CONCURRENCY} counters`, fmt(staffBusy), fmt(baseIssue), ratio(staffBusy, baseIssue)]);
  json.staffActions = { hub: staff, baseline: baseIssue };
  json.staffActionsBusy = { hub: staffBusy, baseline: baseIssue, counters: CONCURRENCY };

  // 3. Call-to-screen with 200 connected screens.
  step('call-to-screen');
  const sock = await start(['--import', 'tsx', 'server/bench/baseline-socket.ts']);
  children.push(sock);
  const baseScreens = await connectScreens(sock.url, SCREENS, null);
  step('baseline screens connected');
  const baseCall = await callToScreen(
    baseScreens,
    async () => (await post(sock.url, '/broadcast')).json.ticket?.id ?? null,
    CALLS,
  );
  baseScreens.forEach((s) => s.close());
  await sock.stop();

  await hub.stop();

  // A normal morning for the screens: a fresh hub with the calls' tickets waiting, not the
  // thousands the throughput runs above left in the queue.
  const dayDir = mkdtempSync(join(tmpdir(), 'oss-bench-day-'));
  dirs.push(dayDir);
  const day = await start(hubArgs, hubEnv(dayDir));
  children.push(day);
  const dayToken = await login(day.url);
  for (let i = 0; i < CALLS + 10; i++) await post(day.url, '/api/v1/tickets', undefined, { serviceId: 3 });
  step('hub screens');
  const screens = await connectScreens(day.url, SCREENS, { role: 'display' });
  step('hub screens connected');
  await new Promise((r) => setTimeout(r, 500));
  let lastTicket: number | null = null;
  const hubCall = await callToScreen(
    screens,
    async () => {
      const r = await post(day.url, '/api/v1/counters/3/call-next', dayToken);
      lastTicket = r.json.ticket?.id ?? null;
      return lastTicket;
    },
    CALLS,
    // The previous ticket is started first (call-next then completes it), off the clock.
    async () => {
      if (lastTicket) await post(day.url, `/api/v1/tickets/${lastTicket}/start`, dayToken);
    },
  );
  const hubRss = rssMb(day.proc.pid!);
  screens.forEach((s) => s.close());
  rows.push([
    `call-to-screen (${SCREENS} screens)`,
    fmt(hubCall).replace(/^\d+\/s /, ''),
    fmt(baseCall).replace(/^\d+\/s /, ''),
    `p99 ${(hubCall.p99 / baseCall.p99).toFixed(2)}×`,
  ]);
  json.callToScreen = { hub: hubCall, baseline: baseCall, screens: SCREENS };
  await day.stop();

  // 4. A year of history: start-up, memory with 200 screens, call-next time.
  step('a year of history');
  const bigDir = mkdtempSync(join(tmpdir(), 'oss-bench-big-'));
  dirs.push(bigDir);
  const seedRun = await start(hubArgs, hubEnv(bigDir));
  await seedRun.stop();
  const tFill = performance.now();
  step('filling history');
  fillHistory(join(bigDir, 'oss-queue.sqlite'), HISTORY);
  step('history filled');
  const fillSeconds = (performance.now() - tFill) / 1000;
  const emptyStart = await start(hubArgs, hubEnv(mkdtempSync(join(tmpdir(), 'oss-bench-empty-'))));
  const emptyStartMs = emptyStart.startMs;
  await emptyStart.stop();
  const big = await start(hubArgs, hubEnv(bigDir));
  children.push(big);
  const bigToken = await login(big.url);
  const bigScreens = await connectScreens(big.url, SCREENS, { role: 'display' });
  for (let i = 0; i < 210; i++) await post(big.url, '/api/v1/tickets', undefined, { serviceId: 1 + (i % 2) });
  const callNext: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    const r = await post(big.url, '/api/v1/counters/1/call-next', bigToken);
    callNext.push(performance.now() - s);
    if (r.json.ticket) await post(big.url, `/api/v1/tickets/${r.json.ticket.id}/start`, bigToken);
  }
  const bigRss = rssMb(big.proc.pid!);
  bigScreens.forEach((s) => s.close());
  await big.stop();
  const sortedCalls = [...callNext].sort((a, b) => a - b);
  const callNextBig = { p50: percentile(sortedCalls, 50), p99: percentile(sortedCalls, 99) };
  rows.push([
    `hub start-up (${HISTORY.toLocaleString('en')} tickets)`,
    `${big.startMs.toFixed(0)} ms`,
    `${emptyStartMs.toFixed(0)} ms (empty db)`,
    `${(big.startMs / emptyStartMs).toFixed(2)}×`,
  ]);
  rows.push([
    `hub memory, ${SCREENS} screens`,
    `${bigRss.toFixed(0)} MB (year of history)`,
    `${hubRss.toFixed(0)} MB (a fresh day)`,
    `${(bigRss / hubRss).toFixed(2)}×`,
  ]);
  rows.push([
    `call-next (HTTP) with ${HISTORY.toLocaleString('en')} tickets`,
    `p50 ${callNextBig.p50.toFixed(2)} ms p99 ${callNextBig.p99.toFixed(2)} ms`,
    `p50 ${staff.p50.toFixed(2)} ms p99 ${staff.p99.toFixed(2)} ms (fresh db, 4 counters)`,
    `p99 ${(callNextBig.p99 / staff.p99).toFixed(2)}×`,
  ]);
  json.history = {
    rows: HISTORY,
    fillSeconds,
    startMs: big.startMs,
    emptyStartMs,
    rssMb: bigRss,
    freshRssMb: hubRss,
    callNext: callNextBig,
  };

  // 5. A lost hub and its return, on the screens' own client (docs/design.md §7: 2 s each).
  step('lost link and return');
  const link = await linkLossAndReturn(LINK_SCREENS, (d) => dirs.push(d));
  const linkFmt = (f: LinkFigures) =>
    `p50 ${f.p50.toFixed(0)} ms p99 ${f.p99.toFixed(0)} ms max ${f.max.toFixed(0)} ms${f.missed ? ` (${f.missed} missed)` : ''}`;
  rows.push([
    `lost hub shown (${LINK_SCREENS} screens, hub frozen)`,
    linkFmt(link.lost),
    'target 2000 ms',
    `max ${(link.lost.max / 2000).toFixed(2)}×`,
  ]);
  rows.push([
    `back in step after the hub's return (${LINK_SCREENS} screens)`,
    linkFmt(link.back),
    'target 2000 ms',
    `max ${(link.back.max / 2000).toFixed(2)}×`,
  ]);
  json.link = link;
} finally {
  closeClients();
  await Promise.all(children.map((c) => c.stop()));
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'hub', 'baseline', 'ratio'], ...rows].map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['figure', 'hub', 'baseline', 'ratio']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((r) => console.log(line(r)));
const out = join(ROOT, 'docs', 'performance.json');
writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
console.log(`\nwrote ${out}`);
