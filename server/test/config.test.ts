import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', timeZone: 'Asia/Bangkok', seed: 'demo', adminPassword: undefined });
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.line.apiBase).toBe('https://api.line.me');
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
