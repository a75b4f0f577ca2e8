// What one entry of the route table says (docs/design.md §4): method and path, the zod schemas of
// what a caller sends and gets, the error codes it may answer, who may call it and its OpenAPI
// tags. The hub registers its routes from these entries and the screens' client calls them, so a
// change here is a compile error on both sides.
import type { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route, as the hub's guards decide it (docs/security.md): anyone, a paired device
 * by its token, a citizen by the portal's cookie, or a staff login with at least that role.
 */
export type Access = 'public' | 'device' | 'citizen' | 'staff' | 'supervisor' | 'admin';

/** An answer that is not JSON: a file or bytes, read by the client as a Blob. */
export interface FileAnswer {
  readonly file: string;
}

/** A redirect (302) to another page, never a JSON body. */
export interface RedirectAnswer {
  readonly redirect: true;
}

export type Answer = z.ZodType | FileAnswer | RedirectAnswer;

type Schema = z.ZodType | undefined;

export interface RouteSpec<
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  H extends Schema = Schema,
  A extends Answer = Answer,
  E extends ErrorCode = ErrorCode,
> {
  readonly method: HttpMethod;
  /** Under /api/v1, Fastify style: `/tickets/:id/start`. */
  readonly path: string;
  readonly access: Access;
  readonly tags: readonly string[];
  readonly description?: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly headers?: H;
  readonly answer: A;
  /** The answer's status when it is not 200; `also` lists other success statuses of the same answer. */
  readonly status?: 201 | 202 | 204 | 302;
  readonly also?: readonly (200 | 201)[];
  /** Every code the route may answer with; their statuses are in its OpenAPI document. */
  readonly errors: readonly E[];
  /** Left out of the OpenAPI document (a callback only LINE's redirect reaches). */
  readonly hide?: true;
}

/** Keeps an entry's literal types (its codes, its schemas) for the server and the client. */
export const defineRoute = <const S extends RouteSpec>(spec: S): S => spec;

export const fileAnswer = (type: string): FileAnswer => ({ file: type });

type Infer<S, Out> = S extends z.ZodType ? (Out extends true ? z.output<S> : z.input<S>) : undefined;

/** What the handler gets (after validation). */
export type ParamsOf<S extends RouteSpec> = Infer<S['params'], true>;
export type QueryOf<S extends RouteSpec> = Infer<S['query'], true>;
export type BodyOf<S extends RouteSpec> = Infer<S['body'], true>;
export type HeadersOf<S extends RouteSpec> = Infer<S['headers'], true>;

/** What a caller sends. */
export type ParamsIn<S extends RouteSpec> = Infer<S['params'], false>;
export type QueryIn<S extends RouteSpec> = Infer<S['query'], false>;
export type BodyIn<S extends RouteSpec> = Infer<S['body'], false>;
export type HeadersIn<S extends RouteSpec> = Infer<S['headers'], false>;

/** What the handler returns (before serialisation). */
export type AnswerIn<S extends RouteSpec> = S['answer'] extends z.ZodType ? z.input<S['answer']> : unknown;
/** A JSON answer as the caller reads it (the client reads a file answer as a Blob). */
export type JsonAnswerOf<S extends RouteSpec> = S['answer'] extends z.ZodType ? z.output<S['answer']> : never;

/** The codes a route (or a union of routes) may answer: what a screen's message table must cover. */
export type ErrorsOf<S extends RouteSpec> = S['errors'][number];

/** The error statuses a route answers, from its codes (each code has one status, errors.ts). */
export function errorStatuses(spec: RouteSpec): number[] {
  return [...new Set(spec.errors.map((code) => ERROR_STATUS[code]))].sort((a, b) => a - b);
}

/** The path with its parameters filled in (each one URI-encoded). */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}
