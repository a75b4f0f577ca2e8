// Admin: the database backups (admin role). The nightly one runs by itself; an admin can take one
// now (before an update, say). Restoring is `npm run restore` with the hub stopped, not an API.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import type { Backups } from '../../backup/backups.js';
import type { Sessions } from '../../auth/sessions.js';
import { AppError } from '../../errors.js';
import { requireRole } from '../context.js';
import { route } from '../route.js';

export interface BackupRouteDeps {
  /** Null when the hub's database is in memory (tests): nothing to back up. */
  backups: Backups | null;
  sessions: Sessions;
  /** OSS_BACKUP_AT, or null when the nightly backup is off. */
  at: string | null;
}

export const adminBackupRoutes: FastifyPluginAsyncZod<BackupRouteDeps> = async (app, { backups, sessions, at }) => {
  const onRequest = requireRole(sessions, 'admin');
  const available = () => {
    if (!backups)
      throw new AppError(503, 'storage-unavailable', 'This hub keeps its data in memory: there is nothing to back up');
    return backups;
  };

  route(app, routes.listBackups, { onRequest }, async () => {
    const b = available();
    return { backups: b.list(), keep: b.keep, at };
  });

  route(app, routes.takeBackup, { onRequest }, async (request, reply) => {
    const backup = await available().take();
    request.log.info({ file: backup.file, bytes: backup.bytes }, 'backup taken');
    return reply.status(201).send({ backup });
  });
};
