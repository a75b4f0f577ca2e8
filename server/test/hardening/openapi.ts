// The hub's own OpenAPI document, read as a list of operations, so that the fuzz and role tests
// cover every route there is, including routes added after these tests were written.

/** The subset of JSON Schema that fastify-type-provider-zod emits. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Without the /api/v1 prefix, with {name} placeholders: /tickets/{id}/start */
  route: string;
  params: Param[];
  body: JsonSchema | null;
  /** "METHOD /route", the key the role table uses. */
  key: string;
}

interface RawOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export const API_PREFIX = '/api/v1';

export async function loadOperations(hubUrl: string): Promise<Operation[]> {
  const res = await fetch(`${hubUrl}${API_PREFIX}/openapi.json`);
  if (!res.ok) throw new Error(`openapi.json: ${res.status}`);
  const spec = (await res.json()) as { paths: Record<string, Record<string, RawOperation>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith(API_PREFIX)) continue;
    const route = path.slice(API_PREFIX.length);
    for (const [m, raw] of Object.entries(methods)) {
      const method = m.toUpperCase() as Operation['method'];
      if (!['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) continue;
      const params: Param[] = (raw.parameters ?? [])
        .filter((p): p is { name: string; in: Param['in']; required?: boolean; schema?: JsonSchema } =>
          ['path', 'query', 'header'].includes(p.in),
        )
        .map((p) => ({ name: p.name, in: p.in, required: p.required ?? p.in === 'path', schema: p.schema ?? {} }));
      // Path parameters the document leaves out (no params schema) are still in the route.
      for (const name of route.match(/\{([^}]+)\}/g)?.map((x) => x.slice(1, -1)) ?? []) {
        if (!params.some((p) => p.in === 'path' && p.name === name))
          params.push({ name, in: 'path', required: true, schema: {} });
      }
      const body = raw.requestBody?.content?.['application/json']?.schema ?? null;
      ops.push({ method, route, params, body, key: `${method} ${route}` });
    }
  }
  return ops;
}

/** The concrete path for a route, with each {name} replaced (values are URL-encoded here). */
export function fillPath(route: string, values: Record<string, string>): string {
  return route.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(wellFormed(values[name] ?? '1')));
}

/** Lone surrogates cannot be URL-encoded; a client would send U+FFFD instead. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
