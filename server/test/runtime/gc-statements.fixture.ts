// Run by gc-statements.test.ts in a process of its own with --expose-gc: a real hub on a temp file
// does queue work, then garbage collection runs again and again while thousands of prepared
// statements are alive and thousands more are dropped. better-sqlite3 up to 12.x aborts the
// process here on Node 24.19+ (`Assertion failed: (env) != nullptr` in ~Statement); the driver
// the hub uses must not. It prints one line when it has come through.
import { startTestHub } from '../../../test/support/hub.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const idle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const hub = await startTestHub();
const token = await hub.login();
const services = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as { services: { id: number }[] };
for (let i = 0; i < 40; i++) {
  const serviceId = services.services[i % services.services.length]!.id;
  const res = await fetch(`${hub.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId }),
  });
  if (res.status !== 201) throw new Error(`ticket: ${res.status}`);
}
const staff = { authorization: `Bearer ${token}` };
for (let i = 0; i < 10; i++) {
  const res = await fetch(`${hub.url}/api/v1/counters/1/call-next`, { method: 'POST', headers: staff });
  const { ticket } = (await res.json()) as { ticket: { id: number } | null };
  if (res.status !== 200 || !ticket) throw new Error(`call-next: ${res.status}`);
  const done = await fetch(`${hub.url}/api/v1/tickets/${ticket.id}/complete`, { method: 'POST', headers: staff });
  if (done.status !== 200) throw new Error(`complete: ${done.status}`);
}

const kept = Array.from({ length: 2000 }, (_, i) => hub.db.prepare(`SELECT ${i} AS n, count(*) AS c FROM tickets`));
for (let round = 0; round < 20; round++) {
  for (let i = 0; i < 500; i++) hub.db.prepare(`SELECT ${round * 500 + i} AS dropped`).get();
  gc();
  await idle();
}
let sum = 0;
for (const statement of kept) sum += (statement.get() as { n: number }).n;
await hub.dispose();
gc();
await idle();
gc();
process.stdout.write(
  `came through: ${kept.length} statements kept (sum ${sum}), 10000 dropped, on Node ${process.versions.node}\n`,
);
