import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShellConfigError, defaultShellConfig, parseShellConfig, resolveShellSettings, SHELL_CONFIG_ENV } from '../src/config.js';
import { loadShellSettings, shellConfigPath } from '../src/config-file.js';
import { DEFAULT_DEVICES_CONFIG } from '../src/devices/device-config.js';
import { hubAppUrl, normalizeHubUrl } from '../src/hub-url.js';

describe('parseShellConfig', () => {
  it('fills every default from an empty object', () => {
    expect(parseShellConfig('{}', 'x.json')).toEqual({
      hubUrl: 'http://localhost:8080',
      devtools: false,
      offlineRetrySeconds: 5,
      devices: DEFAULT_DEVICES_CONFIG,
    });
    expect(defaultShellConfig()).toEqual(parseShellConfig('{}', 'x.json'));
  });

  it('reads a full, valid file and normalises the hub URL', () => {
    const config = parseShellConfig(
      JSON.stringify({
        hubUrl: ' https://oss.example.go.th/queue/ ',
        fullscreen: false,
        devtools: true,
        startOnBoot: true,
        screen: 1,
        offlineRetrySeconds: 10,
      }),
      'x.json',
    );
    expect(config).toEqual({
      hubUrl: 'https://oss.example.go.th/queue',
      fullscreen: false,
      devtools: true,
      startOnBoot: true,
      screen: 1,
      offlineRetrySeconds: 10,
      devices: DEFAULT_DEVICES_CONFIG,
    });
  });

  it('names the file and the problem for invalid JSON', () => {
    expect(() => parseShellConfig('{ hubUrl: nope', '/etc/oss-shell.json')).toThrowError(
      /^Invalid shell config \/etc\/oss-shell\.json: not valid JSON/,
    );
  });

  it('lists every bad field, by name', () => {
    let error: unknown;
    try {
      parseShellConfig(
        JSON.stringify({ hubUrl: 'ftp://hub', devtools: 'yes', offlineRetrySeconds: 0, hubURL: 'x' }),
        'C:\\oss\\oss-shell.json',
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ShellConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid shell config C:\\oss\\oss-shell\.json:\n/);
    expect(message).toContain('  - hubUrl: must start with http:// or https://, got ftp:');
    expect(message).toContain('  - devtools:');
    expect(message).toContain('  - offlineRetrySeconds:');
    // A misspelt key is reported, not ignored.
    expect(message).toMatch(/hubURL/);
  });

  it('rejects a top level that is not an object', () => {
    expect(() => parseShellConfig('[]', 'x.json')).toThrowError(/Invalid shell config x\.json:\n {2}- \(file\): /);
  });

  it.each([
    ['not a url', /not a URL/],
    ['localhost:8080', /must start with http/],
    ['http://admin:secret@hub:8080', /user name or password/],
    ['http://hub:8080/?x=1', /query/],
    ['http://hub:8080/#top', /fragment/],
  ])('rejects hubUrl %j', (hubUrl, why) => {
    expect(() => parseShellConfig(JSON.stringify({ hubUrl }), 'x.json')).toThrowError(why);
  });
});

describe('hub URLs', () => {
  it('normalises trailing slashes and keeps a path prefix', () => {
    expect(normalizeHubUrl('http://10.0.0.5:8080/')).toEqual({ ok: true, url: 'http://10.0.0.5:8080' });
    expect(normalizeHubUrl('HTTP://Hub.Local')).toEqual({ ok: true, url: 'http://hub.local' });
    expect(normalizeHubUrl('https://x.go.th/queue//')).toEqual({ ok: true, url: 'https://x.go.th/queue' });
  });

  it('puts each app under the hub', () => {
    expect(hubAppUrl('http://localhost:8080', 'kiosk')).toBe('http://localhost:8080/kiosk');
    expect(hubAppUrl('http://localhost:8080/', 'display')).toBe('http://localhost:8080/display');
    expect(hubAppUrl('https://x.go.th/queue', 'counter')).toBe('https://x.go.th/queue/counter');
  });
});

describe('resolveShellSettings', () => {
  it('makes kiosk and display fullscreen and the counter windowed by default', () => {
    const config = defaultShellConfig();
    expect(resolveShellSettings('kiosk', config, 's').fullscreen).toBe(true);
    expect(resolveShellSettings('display', config, 's').fullscreen).toBe(true);
    expect(resolveShellSettings('counter', config, 's').fullscreen).toBe(false);
  });

  it('lets the file override fullscreen and converts the retry to milliseconds', () => {
    const config = parseShellConfig('{"fullscreen": false, "offlineRetrySeconds": 3}', 'x.json');
    const settings = resolveShellSettings('kiosk', config, 'x.json');
    expect(settings).toMatchObject({
      app: 'kiosk',
      appUrl: 'http://localhost:8080/kiosk',
      fullscreen: false,
      offlineRetryMs: 3000,
      source: 'x.json',
    });
  });
});

describe('loadShellSettings', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oss-shell-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('looks in userData unless the environment names a file', () => {
    expect(shellConfigPath({ userDataDir: dir, env: {} })).toEqual({
      path: join(dir, 'oss-shell.json'),
      explicit: false,
    });
    expect(shellConfigPath({ userDataDir: dir, env: { [SHELL_CONFIG_ENV]: '/srv/k.json' } })).toEqual({
      path: '/srv/k.json',
      explicit: true,
    });
  });

  it('uses the defaults when userData holds no file', async () => {
    const settings = await loadShellSettings({ app: 'display', userDataDir: dir, env: {} });
    expect(settings.hubUrl).toBe('http://localhost:8080');
    expect(settings.appUrl).toBe('http://localhost:8080/display');
    expect(settings.source).toContain('not found: defaults');
  });

  it('reads the file in userData, with or without a BOM', async () => {
    await writeFile(join(dir, 'oss-shell.json'), '\uFEFF{"hubUrl": "http://10.1.2.3:8080"}');
    const settings = await loadShellSettings({ app: 'kiosk', userDataDir: dir, env: {} });
    expect(settings.appUrl).toBe('http://10.1.2.3:8080/kiosk');
    expect(settings.source).toBe(join(dir, 'oss-shell.json'));
  });

  it('reads the file named by OSS_SHELL_CONFIG and fails clearly when it is missing', async () => {
    const file = join(dir, 'elsewhere.json');
    await writeFile(file, '{"hubUrl": "http://hub:9000"}');
    const env = { [SHELL_CONFIG_ENV]: file };
    expect((await loadShellSettings({ app: 'counter', userDataDir: '/nonexistent', env })).hubUrl).toBe('http://hub:9000');
    const missing = { [SHELL_CONFIG_ENV]: join(dir, 'missing.json') };
    await expect(loadShellSettings({ app: 'counter', userDataDir: dir, env: missing })).rejects.toThrowError(
      /Cannot read shell config .*missing\.json \(named by OSS_SHELL_CONFIG\): file not found/,
    );
  });

  it('reports a bad file as a ShellConfigError naming it', async () => {
    await writeFile(join(dir, 'oss-shell.json'), '{"hubUrl": "javascript:alert(1)"}');
    await expect(loadShellSettings({ app: 'kiosk', userDataDir: dir, env: {} })).rejects.toThrowError(ShellConfigError);
    await expect(loadShellSettings({ app: 'kiosk', userDataDir: dir, env: {} })).rejects.toThrowError(
      /oss-shell\.json:\n {2}- hubUrl: must start with http:\/\/ or https:\/\/, got javascript:/,
    );
  });
});
