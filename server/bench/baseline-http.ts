// Baseline for the ticket-issue benchmark: a bare Fastify route doing one SQLite insert of a
// ticket-sized row in a transaction, same journal settings as the hub. Prints its URL.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const db = new Database(join(mkdtempSync(join(tmpdir(), 'oss-bench-base-')), 'base.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE tickets (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, seq INTEGER NOT NULL, number TEXT NOT NULL,
  status TEXT NOT NULL, issued_at INTEGER NOT NULL, UNIQUE (service_id, seq))`);
const next = db.prepare<[number], { n: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM tickets WHERE service_id = ?');
const insert = db.prepare('INSERT INTO tickets (service_id, seq, number, status, issued_at) VALUES (?, ?, ?, ?, ?)');
const issue = db.transaction((serviceId: number) => {
  const seq = next.get(serviceId)!.n;
  const number = `A${String(seq).padStart(3, '0')}`;
  const id = Number(insert.run(serviceId, seq, number, 'waiting', Date.now()).lastInsertRowid);
  return { id, number, serviceId, status: 'waiting' };
});

const app = Fastify({ logger: false });
app.post<{ Body: { serviceId: number } }>('/tickets', async (request, reply) =>
  reply.status(201).send({ ticket: issue.immediate(request.body.serviceId) }),
);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`listening on ${address}\n`);
