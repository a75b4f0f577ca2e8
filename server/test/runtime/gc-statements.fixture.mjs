// Run by gc-statements.test.ts with plain Node (--expose-gc) on the built hub (server/dist; npm
// test builds first). Plain JavaScript on purpose: tsx's module hooks change when V8 runs its own
// collections and hid the old driver's abort most of the time.
//
// The hub's database driver must survive garbage collection with many statements alive and many
// more dropped. better-sqlite3 up to 12.x aborts the process here on Node 24.19+ (`Assertion
// failed: (env) != nullptr` in ~Statement): a collection that V8 starts by itself leaves the
// statements' weak callbacks to a task that runs outside any JavaScript context. First the hub's
// database alone, then a real hub started, worked and stopped three times over with forced
// collections too. It prints one line when it has come through.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHub } from '../../dist/app.js';
import { loadConfig } from '../../dist/config.js';
import { openDatabase } from '../../dist/db/open.js';

const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with --expose-gc');
// A real pause, not a turn of the loop, so that V8's own tasks run.
const idle = () => new Promise((resolve) => setTimeout(resolve, 2));
const PASSWORD = 'gc-test-admin';

async function expect201or200(res, what) {
  if (res.status !== 200 && res.status !== 201) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res.json();
}

const scratch = mkdtempSync(join(tmpdir(), 'oss-gc-'));
try {
  // The hub's database alone (migrated, as the hub opens it): only collections V8 starts.
  const db = openDatabase(join(scratch, 'alone'));
  for (let round = 0; round < 100; round++) {
    for (let i = 0; i < 1000; i++) db.prepare(`SELECT ${round * 1000 + i} AS dropped`).get();
    await idle();
  }
  db.close();

  let sum = 0;
  for (let cycle = 0; cycle < 3; cycle++) {
    const dataDir = join(scratch, `hub-${cycle}`);
    const config = loadConfig({
      OSS_DATA_DIR: dataDir,
      OSS_ADMIN_PASSWORD: PASSWORD,
      OSS_LOG_LEVEL: 'silent',
      OSS_BACKUP_AT: 'off',
    });
    const hubDb = openDatabase(dataDir);
    const hub = await createHub({ db: hubDb, config, logger: false });
    await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${hub.app.server.address().port}/api/v1`;
    const json = { 'content-type': 'application/json' };
    const { token } = await expect201or200(
      await fetch(`${url}/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      }),
      'login',
    );
    const staff = { authorization: `Bearer ${token}` };
    const { services } = await expect201or200(await fetch(`${url}/services`), 'services');
    for (let i = 0; i < 30; i++) {
      const body = JSON.stringify({ serviceId: services[i % services.length].id });
      await expect201or200(await fetch(`${url}/tickets`, { method: 'POST', headers: json, body }), 'ticket');
      if (i % 5 === 0) gc();
    }
    for (let i = 0; i < 8; i++) {
      const { ticket } = await expect201or200(
        await fetch(`${url}/counters/1/call-next`, { method: 'POST', headers: staff }),
        'call-next',
      );
      await expect201or200(await fetch(`${url}/tickets/${ticket.id}/complete`, { method: 'POST', headers: staff }), 'complete');
    }
    const kept = Array.from({ length: 1000 }, (_, i) => hubDb.prepare(`SELECT ${i} AS n, count(*) AS c FROM tickets`));
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 1000; i++) hubDb.prepare(`SELECT ${round * 1000 + i} AS dropped`).get();
      if (round % 5 === 4) gc();
      await idle();
    }
    for (const statement of kept) sum += statement.get().n;
    await hub.close();
    hubDb.close();
    gc();
    await idle();
  }
  process.stdout.write(
    `came through: 3 hubs, 3000 statements kept (sum ${sum}), 160000 dropped, on Node ${process.versions.node}\n`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
