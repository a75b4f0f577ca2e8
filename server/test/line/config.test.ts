import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('LINE configuration', () => {
  it('defaults to a 30-day retention and the alert at 3 ahead', () => {
    expect(loadConfig({}).line).toEqual({ apiBase: 'https://api.line.me', retentionDays: 30, aheadAlert: 3 });
  });

  it('reads the channel, the retention and the alert threshold', () => {
    const { line } = loadConfig({
      OSS_LINE_CHANNEL_ACCESS_TOKEN: 'token',
      OSS_LINE_CHANNEL_SECRET: 'secret',
      OSS_LINE_BASIC_ID: '@ossqueue',
      OSS_LINE_RETENTION_DAYS: '7',
      OSS_LINE_AHEAD_ALERT: '5',
    });
    expect(line).toMatchObject({
      channelAccessToken: 'token',
      channelSecret: 'secret',
      basicId: '@ossqueue',
      retentionDays: 7,
      aheadAlert: 5,
    });
  });

  it('refuses a retention or threshold that makes no sense', () => {
    expect(() => loadConfig({ OSS_LINE_RETENTION_DAYS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ OSS_LINE_AHEAD_ALERT: 'three' })).toThrow(/OSS_LINE_AHEAD_ALERT/);
  });
});
