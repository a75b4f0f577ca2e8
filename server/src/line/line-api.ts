// The Messaging API as the relay and the webhook use it: @line/bot-sdk's client (baseURL from
// OSS_LINE_API_BASE), a time limit on every call, and each answer sorted into what to do next.
// Outcomes carry a status or an error class only: never a message body or the token.
import type { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { LineMessage } from './flex.js';

export type ApiOutcome =
  /** Accepted; `duplicate` when LINE had already accepted this retry key (409). */
  | { ok: true; duplicate: boolean }
  /** Not accepted. `retry`: try again later (network, timeout, 5xx, 429, a token problem). */
  | { ok: false; retry: boolean; status: number | null; retryAfterMs: number | null; reason: string };

export interface QuotaFigures {
  type: 'none' | 'limited';
  limit: number | null;
  used: number;
}

export interface LineApiOptions {
  channelAccessToken: string;
  baseURL: string;
  timeoutMs: number;
}

class Timeout extends Error {}

/** Retry-After as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The SDK's HTTP error, told by its shape: the SDK is loaded on first use only (a hub without a
 * LINE channel never pays its start-up time or memory), so there may be no class to test against.
 */
function isHttpFetchError(err: unknown): err is HTTPFetchError {
  return (
    err instanceof Error &&
    err.name === 'HTTPFetchError' &&
    typeof (err as HTTPFetchError).status === 'number' &&
    typeof (err as HTTPFetchError).headers?.get === 'function'
  );
}

export function classify(err: unknown): Extract<ApiOutcome, { ok: false }> {
  if (isHttpFetchError(err)) {
    const status = err.status;
    const retryAfterMs = status === 429 ? parseRetryAfter(err.headers.get('retry-after')) : null;
    // 5xx and 429 pass; 401/403 mean the channel token is wrong or revoked, which an admin fixes
    // without the queued alerts being lost. Other 4xx are about this message: retrying won't help.
    const retry = status >= 500 || status === 429 || status === 401 || status === 403;
    return { ok: false, retry, status, retryAfterMs, reason: `http ${status}` };
  }
  if (err instanceof Timeout) return { ok: false, retry: true, status: null, retryAfterMs: null, reason: 'timeout' };
  const code = err instanceof Error && err.cause instanceof Error && 'code' in err.cause ? String(err.cause.code) : null;
  return { ok: false, retry: true, status: null, retryAfterMs: null, reason: code ? `network ${code}` : 'network error' };
}

export class LineApi {
  private clientPromise: Promise<messagingApi.MessagingApiClient> | null = null;
  private readonly timeoutMs: number;

  constructor(private readonly options: LineApiOptions) {
    this.timeoutMs = options.timeoutMs;
  }

  private client(): Promise<messagingApi.MessagingApiClient> {
    const { channelAccessToken, baseURL } = this.options;
    this.clientPromise ??= import('@line/bot-sdk').then(
      ({ messagingApi }) => new messagingApi.MessagingApiClient({ channelAccessToken, baseURL }),
    );
    return this.clientPromise;
  }

  /**
   * The SDK's fetch has no time limit; a call that outlives ours is abandoned (its late answer is
   * ignored). That is safe for pushes: the next try carries the same retry key.
   */
  private limit<T>(call: Promise<T>): Promise<T> {
    call.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), this.timeoutMs);
    });
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
  }

  async push(to: string, messages: LineMessage[], retryKey: string): Promise<ApiOutcome> {
    try {
      const client = await this.client();
      await this.limit(client.pushMessage({ to, messages }, retryKey));
      return { ok: true, duplicate: false };
    } catch (err) {
      // LINE answers 409 when this retry key was already accepted: the message went out before.
      if (isHttpFetchError(err) && err.status === 409) return { ok: true, duplicate: true };
      return classify(err);
    }
  }

  async reply(replyToken: string, messages: LineMessage[]): Promise<ApiOutcome> {
    try {
      const client = await this.client();
      await this.limit(client.replyMessage({ replyToken, messages }));
      return { ok: true, duplicate: false };
    } catch (err) {
      return classify(err);
    }
  }

  async quota(): Promise<QuotaFigures> {
    const client = await this.client();
    const [quota, consumption] = await Promise.all([
      this.limit(client.getMessageQuota()),
      this.limit(client.getMessageQuotaConsumption()),
    ]);
    return {
      type: quota.type,
      limit: quota.type === 'limited' && typeof quota.value === 'number' ? quota.value : null,
      used: consumption.totalUsage,
    };
  }
}
