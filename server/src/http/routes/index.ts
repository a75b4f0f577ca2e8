// Every route plugin under /api/v1, in one place and with one deps shape (RouteDeps): each file here
// registers entries of the shared route table (shared/src/routes) with their handlers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../context.js';
import { adminBackupRoutes } from './admin-backups.js';
import { adminCounterRoutes } from './admin-counters.js';
import { adminDeviceRoutes } from './admin-devices.js';
import { adminServiceRoutes } from './admin-services.js';
import { adminSettingsRoutes } from './admin-settings.js';
import { adminUserRoutes } from './admin-users.js';
import { authRoutes } from './auth.js';
import { kioskPrinterRoutes } from './kiosk-printer.js';
import { lineStatusRoutes } from './line-status.js';
import { portalRoutes } from './portal.js';
import { printingRoutes } from './printing.js';
import { publicRoutes } from './public.js';
import { reportRoutes } from './reports.js';
import { staffRoutes } from './staff.js';
import { voiceRoutes } from './voice.js';

export const apiRoutes: FastifyPluginAsyncZod<RouteDeps> = async (api, deps) => {
  for (const plugin of [
    publicRoutes,
    authRoutes,
    staffRoutes,
    adminServiceRoutes,
    adminCounterRoutes,
    adminUserRoutes,
    adminDeviceRoutes,
    adminSettingsRoutes,
    reportRoutes,
    adminBackupRoutes,
    kioskPrinterRoutes,
    printingRoutes,
    portalRoutes,
    lineStatusRoutes,
    voiceRoutes,
  ]) {
    await api.register(plugin, deps);
  }
};
