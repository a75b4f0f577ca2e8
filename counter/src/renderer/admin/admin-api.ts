// The admin calls (docs/admin-api.md), each an entry of the shared route table. Bodies are checked
// by the forms before they are sent; the hub checks them again.
import {
  routes,
  type AuditEntity,
  type CounterCreateBody,
  type CounterPatchBody,
  type DeviceCreateBody,
  type DevicePatchBody,
  type ServiceCreateBody,
  type ServicePatchBody,
  type SettingsPatchBody,
  type TermsCreateBody,
  type UserCreateBody,
  type UserPatchBody,
} from '@oss/shared';
import type { Api } from '@oss/shared/client';

export function createAdminApi(api: Api) {
  const { call } = api;
  return {
    services: () => call(routes.listServices),
    createService: (body: ServiceCreateBody) => call(routes.createService, { body }),
    updateService: (id: number, body: ServicePatchBody) => call(routes.updateService, { params: { id }, body }),
    deleteService: (id: number) => call(routes.deleteService, { params: { id } }),

    counters: () => call(routes.listCounters),
    createCounter: (body: CounterCreateBody) => call(routes.createCounter, { body }),
    updateCounter: (id: number, body: CounterPatchBody) => call(routes.updateCounter, { params: { id }, body }),
    deleteCounter: (id: number) => call(routes.deleteCounter, { params: { id } }),

    users: () => call(routes.listUsers),
    createUser: (body: UserCreateBody) => call(routes.createUser, { body }),
    updateUser: (id: number, body: UserPatchBody) => call(routes.updateUser, { params: { id }, body }),

    devices: () => call(routes.listDevices),
    createDevice: (body: DeviceCreateBody) => call(routes.createDevice, { body }),
    updateDevice: (id: number, body: DevicePatchBody) => call(routes.updateDevice, { params: { id }, body }),
    newPairingCode: (id: number) => call(routes.newPairingCode, { params: { id } }),
    deleteDevice: (id: number) => call(routes.deleteDevice, { params: { id } }),

    settings: () => call(routes.settings),
    updateSettings: (body: SettingsPatchBody) => call(routes.updateSettings, { body }),

    terms: () => call(routes.listTerms),
    createTerms: (body: TermsCreateBody) => call(routes.addTerms, { body }),

    audit: (query: { limit?: number; before?: number; entity?: AuditEntity }) =>
      call(routes.audit, {
        query: {
          ...(query.limit ? { limit: query.limit } : {}),
          ...(query.before ? { before: query.before } : {}),
          ...(query.entity ? { entity: query.entity } : {}),
        },
      }),
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
