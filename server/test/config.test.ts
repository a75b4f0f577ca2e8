import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', timeZone: 'Asia/Bangkok', seed: 'demo', adminPassword: undefined });
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.line.apiBase).toBe('https://api.line.me');
    // The hub's parts and the test hub take their fallbacks from here: the same, a copy each time.
    expect(defaultConfig()).toEqual(c);
    expect(defaultConfig()).not.toBe(defaultConfig());
  });

  it('reads every variable', () => {
    const c = loadConfig({
      OSS_PORT: '9000',
      OSS_HOST: '127.0.0.1',
      OSS_DATA_DIR: '/var/lib/oss',
      OSS_TZ: 'Asia/Tokyo',
      OSS_ADMIN_PASSWORD: 'long-enough',
      OSS_SEED: 'none',
      OSS_PUBLIC_URL: 'http://queue.local:9000',
      OSS_PRINTER: 'tcp://127.0.0.1:9100',
      OSS_LINE_API_BASE: 'http://127.0.0.1:4010',
    });
    expect(c).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/var/lib/oss',
      timeZone: 'Asia/Tokyo',
      seed: 'none',
      printer: 'tcp://127.0.0.1:9100',
    });
    expect(c.line.apiBase).toBe('http://127.0.0.1:4010');
  });

  it('reads the citizen upload limits in MB, with their defaults', () => {
    const MIB = 1024 * 1024;
    expect(loadConfig({}).uploads).toEqual({ citizenQuotaBytes: 50 * MIB, maxDraftsPerCitizen: 5, minFreeBytes: 512 * MIB });
    expect(
      loadConfig({ OSS_CITIZEN_UPLOAD_QUOTA_MB: '20', OSS_CITIZEN_MAX_DRAFTS: '2', OSS_MIN_FREE_MB: '2048' }).uploads,
    ).toEqual({ citizenQuotaBytes: 20 * MIB, maxDraftsPerCitizen: 2, minFreeBytes: 2048 * MIB });
    // A quota under one file's 5 MB, no drafts at all, or a negative reserve make no sense.
    for (const env of [{ OSS_CITIZEN_UPLOAD_QUOTA_MB: '4' }, { OSS_CITIZEN_MAX_DRAFTS: '0' }, { OSS_MIN_FREE_MB: '-1' }]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(Object.keys(env)[0]);
    }
  });

  it('names every bad variable in one clear error', () => {
    const bad = () => loadConfig({ OSS_PORT: 'eighty', OSS_TZ: 'Mars/Olympus', OSS_SEED: 'maybe', OSS_ADMIN_PASSWORD: 'short' });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (err) {
      const text = (err as Error).message;
      for (const name of ['OSS_PORT', 'OSS_TZ', 'OSS_SEED', 'OSS_ADMIN_PASSWORD']) expect(text).toContain(name);
    }
  });
});
