// Small helpers the hardening tests share: HTTP calls that never throw on a non-JSON answer (polling
// with a bound is test/support/until.ts).
import { request } from 'node:http';
import { errorCodeOf } from '../../../test/support/error-code.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
}

export interface Call {
  method?: string;
  token?: string;
  /** An object is sent as JSON; a string is sent as it is (with `contentType`). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * One HTTP request with node:http, not fetch: it may carry a body on GET and any content type,
 * as a misbehaving client might.
 */
export function call(base: string, path: string, c: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(c.headers ?? {}) };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  let body: Buffer | undefined;
  if (c.body !== undefined) {
    body = Buffer.from(typeof c.body === 'string' ? c.body : JSON.stringify(c.body), 'utf8');
    headers['content-type'] = c.contentType ?? 'application/json';
    headers['content-length'] = String(body.length);
  }
  const url = new URL(`${base}${path}`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: c.method ?? (body ? 'POST' : 'GET'),
        headers,
        // A connection of its own: the hub closes one after a request it refuses to parse.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
          let json: unknown;
          if ((h.get('content-type') ?? '').includes('json')) {
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: h, text, json });
        });
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer to ${path.slice(0, 100)} after 15 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The docs/design.md §4.1 error shape with a kebab-case code, or a description of what is wrong. */
export function errorShapeProblem(a: Answer): string | null {
  const j = a.json;
  if (typeof j !== 'object' || j === null || !('error' in j)) return `no {error} body: ${a.text.slice(0, 200)}`;
  const e = j.error;
  if (typeof e !== 'object' || e === null || !('code' in e) || !('message' in e))
    return `bad error object: ${a.text.slice(0, 200)}`;
  if (typeof e.code !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.code)) return `code not kebab-case: ${String(e.code)}`;
  if (typeof e.message !== 'string') return 'message is not a string';
  return null;
}

export const errorCode = (a: Answer): string | undefined => errorCodeOf(a.json);
