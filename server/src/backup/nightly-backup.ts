// The nightly backup: once a day at OSS_BACKUP_AT (office local time), on the injected clock. A
// timer looks every 30 s; a hub that was off at that time backs up at its first look after.
import type { Clock } from '../clock.js';
import { localStamp, parseBackupName, type Backups } from './backups.js';

const RETRY_MS = 10 * 60_000;

export interface NightlyBackupDeps {
  backups: Backups;
  clock: Clock;
  timeZone: string;
  /** HH:MM, local time. */
  at: string;
  onBackup?: (file: string) => void;
  onError: (err: unknown) => void;
}

export class NightlyBackup {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private failedAt = -Infinity;

  constructor(private readonly deps: NightlyBackupDeps) {}

  /** Whether today's backup is due now: past the time, and none taken since it today. */
  due(): boolean {
    const { backups, clock, timeZone, at } = this.deps;
    const now = localStamp(clock.now(), timeZone);
    const atTime = `${at.replace(':', '')}00`;
    if (now.time < atTime) return false;
    return !backups.list().some((b) => {
      const taken = parseBackupName(b.file);
      return taken !== null && taken.day === now.day && taken.time >= atTime;
    });
  }

  /** Takes the backup if it is due; resolves to the file name, or null when nothing was due. */
  async check(): Promise<string | null> {
    // After a failure (a full disk) try again in 10 minutes, not on every look.
    if (this.busy || this.deps.clock.now().getTime() - this.failedAt < RETRY_MS || !this.due()) return null;
    this.busy = true;
    try {
      const { file } = await this.deps.backups.take();
      this.deps.onBackup?.(file);
      return file;
    } catch (err) {
      this.failedAt = this.deps.clock.now().getTime();
      throw err;
    } finally {
      this.busy = false;
    }
  }

  start(pollMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.check().catch((err: unknown) => this.deps.onError(err));
    }, pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
