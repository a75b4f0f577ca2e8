// Admin: the database backups (admin role). The nightly one runs by itself; an admin can take one
// now (before an update, say). Restoring is `npm run restore` with the hub stopped, not an API.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes } from '@oss/shared';
import { AppError } from '../../errors.js';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

export const adminBackupRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { backups, sessions, backupAt: at }) => {
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
