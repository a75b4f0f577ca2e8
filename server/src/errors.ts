// One error type for everything a client can cause: a status, a stable kebab-case code, a message
// that is safe to show. Anything else is a bug and is answered as a bare 500.
import type { ErrorCode } from '@oss/shared';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: ErrorCode, what: string) => new AppError(404, code, `${what} not found`);
export const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
