// Client-side navigation by the URL's hash (the app is served at /counter/, so the hub never sees
// the route): #/ is the counter console, #/reports the reports, #/admin/<section> the admin pages.
import type { StaffRole } from '@oss/shared';
import { useCallback, useEffect, useState } from 'react';

export const ADMIN_SECTIONS = ['services', 'counters', 'users', 'devices', 'settings', 'terms', 'audit'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export type Route = { page: 'console' } | { page: 'reports' } | { page: 'admin'; section: AdminSection };

function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'reports') return { page: 'reports' };
  if (parts[0] === 'admin') {
    const section = ADMIN_SECTIONS.find((s) => s === parts[1]) ?? 'services';
    return { page: 'admin', section };
  }
  return { page: 'console' };
}

export function routeHash(route: Route): string {
  if (route.page === 'reports') return '#/reports';
  if (route.page === 'admin') return `#/admin/${route.section}`;
  return '#/';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}

/** Reports and the day close: supervisors and admins. The hub checks again (403). */
export function mayReport(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'admin';
}

export function mayAdminister(role: StaffRole): boolean {
  return role === 'admin';
}
