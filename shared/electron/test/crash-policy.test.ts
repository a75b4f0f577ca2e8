import { describe, expect, it } from 'vitest';
import { DEFAULT_CRASH_POLICY, createCrashPolicy, type CrashDecision } from '../src/crash-policy.js';

const options = {
  ...DEFAULT_CRASH_POLICY,
  baseDelayMs: 1_000,
  maxDelayMs: 8_000,
  maxCrashes: 5,
  windowMs: 60_000,
  cooldownMs: 300_000,
};

function delays(decisions: CrashDecision[]): (number | string)[] {
  return decisions.map((d) => (d.action === 'reload' ? (d.outOfService ? `cooldown ${d.delayMs}` : d.delayMs) : d.action));
}

describe('crash policy', () => {
  it('ignores a clean exit (quitting, closing the window)', () => {
    const policy = createCrashPolicy(options);
    expect(policy.onRenderProcessGone('clean-exit', 0)).toEqual({ action: 'ignore' });
    // …and does not count it.
    expect(policy.onRenderProcessGone('crashed', 1)).toMatchObject({
      action: 'reload',
      delayMs: 1_000,
      crashes: 1,
    });
  });

  it('doubles the delay per crash, capped, then cools down instead of spinning', () => {
    const policy = createCrashPolicy(options);
    const decisions = [0, 1, 2, 3, 4, 5].map((i) => policy.onRenderProcessGone('crashed', i * 100));
    expect(delays(decisions)).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 'cooldown 300000']);
    // After the cooldown the next crash is treated as a first one again.
    expect(policy.onRenderProcessGone('oom', 400_000)).toMatchObject({
      delayMs: 1_000,
      crashes: 1,
      outOfService: false,
    });
  });

  it('reloads on every kind of abnormal end', () => {
    for (const reason of [
      'abnormal-exit',
      'killed',
      'crashed',
      'oom',
      'launch-failed',
      'integrity-failure',
      'memory-eviction',
    ] as const) {
      expect(createCrashPolicy(options).onRenderProcessGone(reason, 0)).toMatchObject({
        action: 'reload',
        delayMs: 1_000,
      });
    }
  });

  it('forgets crashes older than the window', () => {
    const policy = createCrashPolicy(options);
    policy.onRenderProcessGone('crashed', 0);
    policy.onRenderProcessGone('crashed', 10_000);
    expect(policy.onRenderProcessGone('crashed', 20_000)).toMatchObject({ crashes: 3, delayMs: 4_000 });
    // 0 and 10 000 have left the 60 s window; 20 000 has not.
    expect(policy.onRenderProcessGone('crashed', 75_000)).toMatchObject({ crashes: 2, delayMs: 2_000 });
  });

  it('never reloads faster than the base delay, however many crashes', () => {
    const policy = createCrashPolicy(options);
    for (let i = 0; i < 100; i += 1) {
      const decision = policy.onRenderProcessGone('crashed', i);
      expect(decision.action).toBe('reload');
      if (decision.action === 'reload') expect(decision.delayMs).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('has sane defaults', () => {
    expect(DEFAULT_CRASH_POLICY.baseDelayMs).toBeGreaterThanOrEqual(500);
    expect(DEFAULT_CRASH_POLICY.maxDelayMs).toBeLessThanOrEqual(DEFAULT_CRASH_POLICY.cooldownMs);
    expect(DEFAULT_CRASH_POLICY.hangTimeoutMs).toBeGreaterThan(0);
  });
});
