// Issues a ticket without ever leaving the citizen staring at a spinner: each try has a time
// limit, and tries after a network error reuse the same Idempotency-Key, so the hub answers with
// the ticket it may already have made instead of a second one.
import type { Priority, Ticket } from '@oss/shared';
import { ApiError, type Api } from '@oss/shared/client';

export interface IssueRequest {
  serviceId: number;
  priority: Priority;
  /** One key per citizen's attempt; kept across retries of that attempt. */
  key: string;
}

const TRY_TIMEOUT_MS = 6000;
const RETRY_DELAYS_MS = [400, 1200];

export async function issueTicket(api: Api, req: IssueRequest): Promise<Ticket> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { ticket } = await withTimeout(
        api.issueTicket({ serviceId: req.serviceId, priority: req.priority, channel: 'kiosk' }, req.key),
        TRY_TIMEOUT_MS,
      );
      return ticket;
    } catch (err) {
      const code = errorCode(err);
      const delay = RETRY_DELAYS_MS[attempt];
      if (code !== 'hub-unreachable' || delay === undefined) throw err;
      await sleep(delay);
    }
  }
}

/**
 * The docs/design.md §4.1 error code of a failure. Network failures, time-outs and a bare 5xx
 * from something in between (no JSON error body) are 'hub-unreachable'; an answer that breaks the
 * contract is 'internal-error'.
 */
export function errorCode(err: unknown): string {
  if (!(err instanceof ApiError)) return 'internal-error';
  if (err.code === 'http-error' && err.status >= 500) return 'hub-unreachable';
  return err.code;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ApiError(0, 'hub-unreachable', 'The hub did not answer in time')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
