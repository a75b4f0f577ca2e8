// The shape of a screen's error messages: one for every code the routes it calls may answer (their
// `errors` in the route table) and for an unreachable hub, so that a code added to a route is a
// compile error in each screen that calls it until it has its Thai and English text. Other codes
// may have one; anything without falls back to the screen's general message.
import type { ErrorsOf, Localized, RouteSpec } from '@oss/shared';
import type { ApiErrorCode } from './call.js';

export type ErrorMessages<S extends RouteSpec, May extends string = ApiErrorCode> = Record<
  ErrorsOf<S> | 'hub-unreachable',
  Localized
> &
  Partial<Record<May, Localized>>;

/** The message for a code, if the table has one. */
export function messageOf(table: Partial<Record<string, Localized>>, code: string): Localized | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}
