// Moves WAL checkpoints off the hub's event loop. SQLite's automatic checkpoint runs inside the
// commit that crosses 1,000 WAL pages: that commit copies the pages back and fsyncs the file, and
// every request queued behind it waits. Here a worker thread with its own connection checkpoints
// the file a few times a second instead (PASSIVE: it never blocks the hub's reads or writes), and
// the hub's connection stops checkpointing. If the worker cannot run, the automatic checkpoint is
// switched back on: the WAL never grows without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open.js';

/** SQLite's default, restored when the worker is gone. */
const AUTO_CHECKPOINT_PAGES = 1000;

export interface CheckpointStats {
  /** Frames in the WAL and how many of them are in the database file, as of the last checkpoint. */
  walFrames: number;
  checkpointed: number;
}

// Evaluated as a CommonJS script in the worker, so that it runs the same from the TypeScript
// sources (tests) and from the build; the driver's resolved path comes with the worker's data.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = () => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ walFrames: row.log, checkpointed: row.checkpointed });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m === 'now') checkpoint();
  if (m === 'stop') { clearInterval(timer); db.close(); parentPort.close(); }
});
parentPort.postMessage({ ready: true });
`;

type WorkerMessage = { ready: true } | { error: string } | CheckpointStats;

export class Checkpointer {
  private worker: Worker | null = null;
  private stopping = false;
  private last: CheckpointStats | null = null;
  /** The failure last reported: a full disk fails every few hundred ms, and is logged once. */
  private lastError: string | null = null;
  private readonly waiting: Array<(s: CheckpointStats) => void> = [];

  private constructor(
    private readonly db: Db,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Starts checkpointing `db` from a worker thread; null for an in-memory database (no WAL). */
  static start(db: Db, { everyMs = 200, onError = () => undefined }: { everyMs?: number; onError?: (err: Error) => void } = {}) {
    if (db.memory) return null;
    const checkpointer = new Checkpointer(db, onError);
    checkpointer.spawn(everyMs);
    return checkpointer;
  }

  /** The worker is running and the hub's connection leaves checkpoints to it. */
  get active(): boolean {
    return this.worker !== null;
  }

  /** The last checkpoint's figures, if any has run yet. */
  get stats(): CheckpointStats | null {
    return this.last;
  }

  /** Checkpoints now and resolves with the result. */
  now(): Promise<CheckpointStats> {
    if (!this.worker) return Promise.resolve(this.checkpointHere());
    const worker = this.worker;
    // Held while an answer is awaited: the worker does not otherwise keep the process alive.
    worker.ref();
    return new Promise((resolve) => {
      this.waiting.push((stats) => {
        worker.unref();
        resolve(stats);
      });
      worker.postMessage('now');
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage('stop');
    await exited;
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  }

  private spawn(everyMs: number): void {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, file: this.db.name, everyMs },
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, stackSizeMb: 1 },
    });
    this.worker = worker;
    this.db.pragma('wal_autocheckpoint = 0');
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) return;
      if ('error' in m) {
        if (m.error !== this.lastError) this.onError(new Error(`WAL checkpoint failed: ${m.error}`));
        this.lastError = m.error;
        return;
      }
      this.lastError = null;
      this.last = m;
      this.waiting.splice(0).forEach((resolve) => resolve(m));
    });
    worker.on('error', (err) => this.onError(err));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      // Died without being asked to: the hub's connection checkpoints again, as SQLite does by default.
      this.worker = null;
      if (!this.stopping && this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      this.waiting.splice(0).forEach((resolve) => resolve(this.checkpointHere()));
    });
    worker.unref();
  }

  private checkpointHere(): CheckpointStats {
    if (!this.db.open) return this.last ?? { walFrames: 0, checkpointed: 0 };
    const [row] = this.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
    this.last = { walFrames: row!.log, checkpointed: row!.checkpointed };
    return this.last;
  }
}
