// Main process (pure; time is passed in; electron types only). What to do when the renderer
// process dies or hangs.
//
// An unattended kiosk or TV must come back by itself, but a page that crashes on load must not
// spin the CPU in a reload loop: each crash within the window doubles the delay, and a crash
// beyond `maxCrashes` makes the shell show its local out-of-service page and wait `cooldownMs`
// before the next try. A renderer that stays up for `windowMs` starts again from a clean slate.
import type { RenderProcessGoneDetails } from 'electron';

export type GoneReason = RenderProcessGoneDetails['reason'];

export interface CrashPolicyOptions {
  /** Delay before the first reload. */
  readonly baseDelayMs: number;
  /** Upper bound of the doubling delay. */
  readonly maxDelayMs: number;
  /** Quick reloads allowed within `windowMs`; one more crash means the cooldown. */
  readonly maxCrashes: number;
  readonly windowMs: number;
  /** Wait after `maxCrashes`, with the out-of-service page shown. */
  readonly cooldownMs: number;
  /** A renderer unresponsive this long is killed (and so reloaded by this policy). */
  readonly hangTimeoutMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicyOptions = {
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxCrashes: 5,
  windowMs: 10 * 60_000,
  cooldownMs: 5 * 60_000,
  hangTimeoutMs: 30_000,
};

export type CrashDecision =
  | { readonly action: 'ignore' }
  | {
      readonly action: 'reload';
      readonly delayMs: number;
      /** Crashes counted in the current window, this one included. */
      readonly crashes: number;
      /** Show the local out-of-service page while waiting (the cap was reached). */
      readonly outOfService: boolean;
    };

export interface CrashPolicy {
  onRenderProcessGone(reason: GoneReason, nowMs: number): CrashDecision;
}

export function createCrashPolicy(options: CrashPolicyOptions = DEFAULT_CRASH_POLICY): CrashPolicy {
  let recent: number[] = [];
  return {
    onRenderProcessGone(reason, nowMs) {
      // A clean exit is the app quitting or the window closing, not a failure.
      if (reason === 'clean-exit') return { action: 'ignore' };
      recent = recent.filter((t) => nowMs - t < options.windowMs);
      recent.push(nowMs);
      const crashes = recent.length;
      if (crashes > options.maxCrashes) {
        // Start the next window empty so that, after the cooldown, reloads are quick again.
        recent = [];
        return { action: 'reload', delayMs: options.cooldownMs, crashes, outOfService: true };
      }
      const delayMs = Math.min(options.baseDelayMs * 2 ** (crashes - 1), options.maxDelayMs);
      return { action: 'reload', delayMs, crashes, outOfService: false };
    },
  };
}
