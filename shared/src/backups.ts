import { z } from 'zod';

/** One backup file in <data dir>/backups (GET/POST /api/v1/admin/backups). */
export const BackupInfo = z.object({
  /** The file name (no directory): oss-queue-YYYYMMDD-HHMMSS.sqlite, office local time. */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupsResponse = z.object({
  /** Newest first. */
  backups: z.array(BackupInfo),
  /** How many are kept (OSS_BACKUP_KEEP) and when the nightly one runs (OSS_BACKUP_AT; null = off). */
  keep: z.number().int().positive(),
  at: z.string().nullable(),
});
export type BackupsResponse = z.infer<typeof BackupsResponse>;

export const BackupResponse = z.object({ backup: BackupInfo });
export type BackupResponse = z.infer<typeof BackupResponse>;
