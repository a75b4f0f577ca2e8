// The admin side's routes in one plugin (docs/admin-api.md): admin pages, counter sign-in, devices, reports.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AdminRouteDeps } from './admin-deps.js';
import { adminCounterRoutes } from './admin-counters.js';
import { adminDeviceRoutes } from './admin-devices.js';
import { adminServiceRoutes } from './admin-services.js';
import { adminSettingsRoutes } from './admin-settings.js';
import { adminUserRoutes } from './admin-users.js';
import { reportRoutes } from './reports.js';

export const adminApi: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, deps) => {
  await app.register(adminServiceRoutes, deps);
  await app.register(adminCounterRoutes, deps);
  await app.register(adminUserRoutes, deps);
  await app.register(adminDeviceRoutes, deps);
  await app.register(adminSettingsRoutes, deps);
  await app.register(reportRoutes, deps);
};
