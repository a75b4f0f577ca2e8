// Registers one entry of the shared route table (docs/design.md §4) as a Fastify route: the
// schema (params, query, body, headers, the answer and the error statuses its codes have, tags,
// security) comes from the entry, the handler's request and answer are typed from it. What only
// the hub knows (its guard, rate limits, body limits, parsing hooks) is passed beside it.
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteShorthandOptions } from 'fastify';
import { ErrorBody, errorStatuses, type AnswerIn, type RouteSpec } from '@oss/shared';
import { z } from 'zod';

type Or<T, D> = [T] extends [undefined] ? D : T;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

interface Generic<S extends RouteSpec> {
  Params: Or<Out<S['params']>, unknown>;
  Querystring: Or<Out<S['query']>, unknown>;
  Body: Or<Out<S['body']>, unknown>;
  Headers: Or<Out<S['headers']>, unknown>;
}

/** The request as a route's handler sees it, after validation. */
export type RouteRequest<S extends RouteSpec> = FastifyRequest<Generic<S>>;

/** A handler returns the entry's answer, or the reply it has sent (another status, a file, a redirect). */
export type RouteHandler<S extends RouteSpec> = (
  request: RouteRequest<S>,
  reply: FastifyReply,
) => Promise<AnswerIn<S> | FastifyReply>;

/** Everything of a route but its schema, which the table gives. */
export type RouteOptions = Omit<RouteShorthandOptions, 'schema'>;

const isZod = (answer: RouteSpec['answer']): answer is z.ZodType => answer instanceof z.ZodType;

/** The Fastify (and so OpenAPI) schema of an entry. */
export function routeSchema(spec: RouteSpec): FastifySchema & Record<string, unknown> {
  const response: Record<number, unknown> = {};
  const { answer } = spec;
  if (isZod(answer)) {
    for (const status of [spec.status ?? 200, ...(spec.also ?? [])]) response[status] = answer;
  } else if ('file' in answer) {
    response[200] = { description: `A file (${answer.file})`, content: { [answer.file]: { schema: z.string() } } };
  }
  for (const status of errorStatuses(spec)) response[status] = ErrorBody;
  return {
    tags: [...spec.tags],
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.headers ? { headers: spec.headers } : {}),
    ...(spec.access === 'public' || spec.access === 'citizen' ? {} : { security: [{ bearer: [] }] }),
    ...(spec.hide ? { hide: true } : {}),
    response,
  };
}

/** Registers `spec` on `app` (whose prefix is /api/v1) with its handler. */
export function route<S extends RouteSpec>(
  app: Pick<FastifyInstance, 'route'>,
  spec: S,
  options: RouteOptions,
  handler: RouteHandler<S>,
): void {
  app.route<Generic<S>>({ ...options, method: spec.method, url: spec.path, schema: routeSchema(spec), handler });
}
