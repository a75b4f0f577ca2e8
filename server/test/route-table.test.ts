// The route table in shared/ is the contract (docs/design.md §4): the hub serves every entry at its
// method and path, documents it in openapi.json with the statuses of its error codes, and serves
// nothing under /api/v1 that the table does not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, API_PREFIX, errorStatuses, type RouteSpec } from '@oss/shared';
import { startTestHub, type TestHub } from '../../test/support/hub.js';
import { ROLE_TABLE } from './hardening/role-table.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

const openapiPath = (path: string) => API_PREFIX + path.replace(/:([A-Za-z]+)/g, '{$1}');
const key = (method: string, path: string) => `${method} ${path}`;

/** Every method and path the hub serves, read from Fastify's route tree (printRoutes). */
function servedRoutes(tree: string): string[] {
  const served: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:[├└]── )?(.+?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!m || !m[2]) continue;
    const depth = [...(m[1] ?? '')].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const path = stack.join('').replace(/^\/+/, '/');
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) served.push(key(method, path));
  }
  return served;
}

describe('the route table', () => {
  it('has one entry per method and path', () => {
    const keys = ALL_ROUTES.map((r) => key(r.method, r.path));
    expect(keys.length).toBeGreaterThan(95);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is what the hub serves under /api/v1, no more and no less', () => {
    const served = servedRoutes(hub.hub.app.printRoutes({ commonPrefix: false })).filter((r) =>
      r.split(' ')[1]!.startsWith(`${API_PREFIX}/`),
    );
    const table = ALL_ROUTES.map((r) => key(r.method, API_PREFIX + r.path));
    expect([...served].sort()).toEqual([...table].sort());
    for (const r of ALL_ROUTES) expect(hub.hub.app.hasRoute({ method: r.method, url: API_PREFIX + r.path }), r.path).toBe(true);
  });

  it('is the OpenAPI document: every entry at its method and path, with the statuses of its codes', async () => {
    const res = await fetch(`${hub.url}${API_PREFIX}/openapi.json`);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown>; tags?: string[] }>>;
    };
    const success = (r: RouteSpec) =>
      r.answer instanceof Object && 'redirect' in r.answer ? [] : [r.status ?? 200, ...(r.also ?? [])];
    for (const r of ALL_ROUTES.filter((x) => !x.hide)) {
      const op = doc.paths[openapiPath(r.path)]?.[r.method.toLowerCase()];
      expect(op, key(r.method, r.path)).toBeDefined();
      const statuses = Object.keys(op?.responses ?? {}).map(Number);
      expect(statuses.sort(), key(r.method, r.path)).toEqual([...success(r), ...errorStatuses(r)].sort());
      expect(op?.tags, key(r.method, r.path)).toEqual([...r.tags]);
    }
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith(`${API_PREFIX}/`))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => key(m.toUpperCase(), p)));
    expect(documented.sort()).toEqual(
      ALL_ROUTES.filter((r) => !r.hide)
        .map((r) => key(r.method, openapiPath(r.path)))
        .sort(),
    );
  });

  it('says who may call each route as the role matrix finds it', () => {
    for (const r of ALL_ROUTES.filter((x) => !x.hide)) {
      const row = ROLE_TABLE[key(r.method, r.path.replace(/:([A-Za-z]+)/g, '{$1}'))];
      expect(row?.access, key(r.method, r.path)).toBe(r.access);
    }
  });
});
