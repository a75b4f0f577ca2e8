// Devices: the admin's list and pairing codes (admin role), and the device's own calls (its token).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { routes, type Device } from '@oss/shared';
import { bearerToken } from '../../auth/sessions.js';
import { authGuard } from '../auth-guard.js';
import { requireRole, type RouteDeps } from '../context.js';
import { route } from '../route.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The paired device a device token belongs to (its routes' guard sets it). */
    device: Device | null;
  }
}

export const adminDeviceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');
  // A paired kiosk's or display's own calls: its device token, checked before anything else.
  app.decorateRequest('device', null);
  const deviceToken = authGuard(async (request) => {
    request.device = admin.devices.authenticate(bearerToken(request.headers.authorization));
  });

  route(app, routes.listDevices, { onRequest }, async () => ({
    devices: admin.devices.list(),
  }));

  route(app, routes.createDevice, { onRequest }, async (request, reply) =>
    reply.status(201).send(admin.devices.create(request.body, request.user!)),
  );

  route(app, routes.getDevice, { onRequest }, async (request) => ({ device: admin.devices.get(request.params.id) }));

  route(app, routes.updateDevice, { onRequest }, async (request) => ({
    device: admin.devices.update(request.params.id, request.body, request.user!),
  }));

  route(app, routes.newPairingCode, { onRequest }, async (request) =>
    admin.devices.newPairingCode(request.params.id, request.user!),
  );

  route(app, routes.deleteDevice, { onRequest }, async (request, reply) => {
    admin.devices.remove(request.params.id, request.user!);
    return reply.status(204).send(null);
  });

  route(app, routes.pairDevice, {}, async (request) => admin.devices.pair(request.body.code));

  route(app, routes.deviceMe, { onRequest: deviceToken }, async (request) => ({ device: request.device! }));
};
