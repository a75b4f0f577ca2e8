// The one HTTP client of the screens: every call is an entry of the route table
// (shared/src/routes), so its path, what it sends and what it answers are checked at compile time.
// Fetch, the login header, JSON, 204, files, an unreachable hub and the error body are handled here
// and nowhere else; a failure is an ApiError with the docs/design.md §4.1 code.
import {
  API_PREFIX,
  ERROR_CODES,
  ErrorBody,
  fillPath,
  type BodyIn,
  type ErrorCode,
  type FileAnswer,
  type HeadersIn,
  type ParamsIn,
  type QueryIn,
  type RouteSpec,
} from '@oss/shared';
import { z } from 'zod';

/** The codes the client adds: no answer at all, or an answer without the error body. */
export type ClientErrorCode = 'hub-unreachable' | 'http-error';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const KnownCode = z.enum(ERROR_CODES);

/** What a call answers: the JSON answer as parsed by its schema, or a file as a Blob. */
export type AnswerOf<S extends RouteSpec> = S['answer'] extends z.ZodType
  ? z.output<S['answer']>
  : S['answer'] extends FileAnswer
    ? Blob
    : never;

type Field<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: never }
  : undefined extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** What a call sends: the entry's params, query, body and headers, each required when it has one. */
export type CallInput<S extends RouteSpec> = Field<'params', ParamsIn<S>> &
  Field<'query', QueryIn<S>> &
  Field<'body', BodyIn<S>> &
  Field<'headers', HeadersIn<S>> & {
    /** A raw body (an upload) instead of JSON. */
    raw?: Blob;
    signal?: AbortSignal;
    cache?: RequestCache;
  };

type Args<S extends RouteSpec> = object extends CallInput<S> ? [input?: CallInput<S>] : [input: CallInput<S>];

export interface ClientOptions {
  /** Base URL of the hub; '' means the page's own origin. */
  baseUrl?: string;
  /** A bearer token (a staff login or a device's); citizens' logins are a cookie the browser sends. */
  token?: () => string | null;
}

const isZod = (answer: RouteSpec['answer']): answer is z.ZodType => answer instanceof z.ZodType;

function queryString(query: unknown): string {
  if (query === undefined || query === null) return '';
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function failure(res: Response, data: unknown): ApiError {
  const parsed = ErrorBody.safeParse(data);
  const code = parsed.success ? KnownCode.safeParse(parsed.data.error.code) : null;
  if (parsed.success && code?.success) return new ApiError(res.status, code.data, parsed.data.error.message);
  return new ApiError(res.status, 'http-error', parsed.success ? parsed.data.error.message : `HTTP ${res.status}`);
}

export function createClient({ baseUrl = '', token }: ClientOptions = {}) {
  async function send(spec: RouteSpec, input: CallInput<RouteSpec> = {}): Promise<Response> {
    const { params, query, body, headers, raw, signal, cache } = input as {
      params?: Record<string, string | number>;
      query?: unknown;
      body?: unknown;
      headers?: Record<string, string | undefined>;
      raw?: Blob;
      signal?: AbortSignal;
      cache?: RequestCache;
    };
    // A call that changes something always sends JSON, `{}` when it has nothing to say.
    const json = raw === undefined && (body !== undefined || (spec.method !== 'GET' && spec.method !== 'DELETE'));
    const auth = token?.();
    const extra = Object.fromEntries(Object.entries(headers ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
    try {
      return await fetch(`${baseUrl}${API_PREFIX}${fillPath(spec.path, params)}${queryString(query)}`, {
        method: spec.method,
        credentials: 'same-origin',
        headers: {
          ...(raw !== undefined
            ? { 'content-type': 'application/octet-stream' }
            : json
              ? { 'content-type': 'application/json' }
              : {}),
          ...(auth ? { authorization: `Bearer ${auth}` } : {}),
          ...extra,
        },
        body: raw ?? (json ? JSON.stringify(body ?? {}) : undefined),
        ...(signal ? { signal } : {}),
        ...(cache ? { cache } : {}),
      });
    } catch {
      throw new ApiError(0, 'hub-unreachable', 'The hub cannot be reached');
    }
  }

  /** The answer and the response it came in (for its headers: a file's name, the hub's Date). */
  async function exchange<S extends RouteSpec>(
    spec: S,
    ...[input]: Args<S>
  ): Promise<{ answer: AnswerOf<S>; response: Response }> {
    const res = await send(spec, input);
    const { answer } = spec;
    if (!isZod(answer)) {
      if (!res.ok) throw failure(res, await res.json().catch(() => null));
      try {
        return { answer: (await res.blob()) as AnswerOf<S>, response: res };
      } catch {
        throw new ApiError(0, 'hub-unreachable', 'The download was interrupted');
      }
    }
    const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) throw failure(res, data);
    return { answer: answer.parse(data) as AnswerOf<S>, response: res };
  }

  /** Calls one route of the table and returns its answer. */
  async function call<S extends RouteSpec>(spec: S, ...input: Args<S>): Promise<AnswerOf<S>> {
    return (await exchange(spec, ...input)).answer;
  }

  return { call, exchange };
}

export type Client = ReturnType<typeof createClient>;
