// The admin calls (docs/admin-api.md), typed by the shared schemas. Bodies are checked by the forms
// before they are sent; the hub checks them again.
import {
  AdminCounterResponse,
  AdminCountersResponse,
  AdminServiceResponse,
  AdminServicesResponse,
  AdminUserResponse,
  AdminUsersResponse,
  AuditResponse,
  CounterDeleteResponse,
  DevicePairingResponse,
  DeviceResponse,
  DevicesResponse,
  SettingsResponse,
  TermsListResponse,
  TermsResponse,
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
import { Empty, type Api } from '@oss/shared/client';

export function createAdminApi(api: Api) {
  const r = api.request;
  return {
    services: () => r(AdminServicesResponse, 'GET', '/admin/services'),
    createService: (body: ServiceCreateBody) => r(AdminServiceResponse, 'POST', '/admin/services', body),
    updateService: (id: number, body: ServicePatchBody) => r(AdminServiceResponse, 'PATCH', `/admin/services/${id}`, body),
    deleteService: (id: number) => r(Empty, 'DELETE', `/admin/services/${id}`),

    counters: () => r(AdminCountersResponse, 'GET', '/admin/counters'),
    createCounter: (body: CounterCreateBody) => r(AdminCounterResponse, 'POST', '/admin/counters', body),
    updateCounter: (id: number, body: CounterPatchBody) => r(AdminCounterResponse, 'PATCH', `/admin/counters/${id}`, body),
    deleteCounter: (id: number) => r(CounterDeleteResponse, 'DELETE', `/admin/counters/${id}`),

    users: () => r(AdminUsersResponse, 'GET', '/admin/users'),
    createUser: (body: UserCreateBody) => r(AdminUserResponse, 'POST', '/admin/users', body),
    updateUser: (id: number, body: UserPatchBody) => r(AdminUserResponse, 'PATCH', `/admin/users/${id}`, body),

    devices: () => r(DevicesResponse, 'GET', '/admin/devices'),
    createDevice: (body: DeviceCreateBody) => r(DevicePairingResponse, 'POST', '/admin/devices', body),
    updateDevice: (id: number, body: DevicePatchBody) => r(DeviceResponse, 'PATCH', `/admin/devices/${id}`, body),
    newPairingCode: (id: number) => r(DevicePairingResponse, 'POST', `/admin/devices/${id}/pairing-code`, {}),
    deleteDevice: (id: number) => r(Empty, 'DELETE', `/admin/devices/${id}`),

    settings: () => r(SettingsResponse, 'GET', '/admin/settings'),
    updateSettings: (body: SettingsPatchBody) => r(SettingsResponse, 'PATCH', '/admin/settings', body),

    terms: () => r(TermsListResponse, 'GET', '/admin/terms'),
    createTerms: (body: TermsCreateBody) => r(TermsResponse, 'POST', '/admin/terms', body),

    audit: (query: { limit?: number; before?: number; entity?: AuditEntity }) => {
      const q = new URLSearchParams();
      if (query.limit) q.set('limit', String(query.limit));
      if (query.before) q.set('before', String(query.before));
      if (query.entity) q.set('entity', query.entity);
      return r(AuditResponse, 'GET', `/admin/audit?${q.toString()}`);
    },
  };
}

export type AdminApi = ReturnType<typeof createAdminApi>;
