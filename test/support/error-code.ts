// The error code of a hub answer, read through the contract's own schema.
import { ErrorBody } from '@oss/shared';

/** The code of a docs/design.md §4.1 error body, or undefined when the body is not one. */
export function errorCodeOf(body: unknown): string | undefined {
  const parsed = ErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.code : undefined;
}
