// Devices: the admin's list and pairing codes (admin role), and the device's own calls (its token).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DeviceCreateBody,
  DevicePairBody,
  DevicePairingResponse,
  DevicePairResponse,
  DevicePatchBody,
  DeviceResponse,
  DevicesResponse,
  ErrorBody,
  IdParams,
  type Device,
} from '@oss/shared';
import { z } from 'zod';
import { bearerToken } from '../../auth/sessions.js';
import { authGuard } from '../auth-guard.js';
import { requireRole } from '../context.js';
import { adminErrors, type AdminRouteDeps } from './admin-deps.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The paired device a device token belongs to (its routes' guard sets it). */
    device: Device | null;
  }
}

export const adminDeviceRoutes: FastifyPluginAsyncZod<AdminRouteDeps> = async (app, { admin, sessions }) => {
  const onRequest = requireRole(sessions, 'admin');
  const tags = ['admin', 'devices'];
  // A paired kiosk's or display's own calls: its device token, checked before anything else.
  app.decorateRequest('device', null);
  const deviceToken = authGuard(async (request) => {
    request.device = admin.devices.authenticate(bearerToken(request.headers.authorization));
  });

  app.get('/admin/devices', { schema: { tags, response: { 200: DevicesResponse, ...adminErrors } }, onRequest }, async () => ({
    devices: admin.devices.list(),
  }));

  app.post(
    '/admin/devices',
    {
      schema: {
        tags,
        description: 'Creates a kiosk or display and returns its one-time pairing code (valid 24 hours, shown only here).',
        body: DeviceCreateBody,
        response: { 201: DevicePairingResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request, reply) => reply.status(201).send(admin.devices.create(request.body, request.user!)),
  );

  app.get(
    '/admin/devices/:id',
    { schema: { tags, params: IdParams, response: { 200: DeviceResponse, ...adminErrors } }, onRequest },
    async (request) => ({ device: admin.devices.get(request.params.id) }),
  );

  app.patch(
    '/admin/devices/:id',
    {
      schema: {
        tags,
        description: 'Renames a device or changes its settings (fields of its kind, merged into what it has).',
        params: IdParams,
        body: DevicePatchBody,
        response: { 200: DeviceResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => ({ device: admin.devices.update(request.params.id, request.body, request.user!) }),
  );

  app.post(
    '/admin/devices/:id/pairing-code',
    {
      schema: {
        tags,
        description: 'A new pairing code; the device’s current token stops working (re-pairing shuts out a lost device).',
        params: IdParams,
        response: { 200: DevicePairingResponse, ...adminErrors },
      },
      onRequest,
    },
    async (request) => admin.devices.newPairingCode(request.params.id, request.user!),
  );

  app.delete(
    '/admin/devices/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null(), ...adminErrors } }, onRequest },
    async (request, reply) => {
      admin.devices.remove(request.params.id, request.user!);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/devices/pair',
    {
      schema: {
        tags: ['devices'],
        description:
          'Trades a pairing code for the device’s token (once). The device sends it as Authorization: Bearer to /devices/me.',
        body: DevicePairBody,
        response: { 200: DevicePairResponse, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => admin.devices.pair(request.body.code),
  );

  app.get(
    '/devices/me',
    {
      schema: {
        tags: ['devices'],
        description: 'The calling device and its settings (device token).',
        security: [{ bearer: [] }],
        response: { 200: DeviceResponse, 401: ErrorBody },
      },
      onRequest: deviceToken,
    },
    async (request) => ({ device: request.device! }),
  );
};
