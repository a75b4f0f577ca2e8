import { describe, expect, it } from 'vitest';
import { escapeHtml, localPageHtml, localPageUrl } from '../src/offline-page.js';
import { buildWebPreferences } from '../src/security.js';
import { buildWindowOptions, keepsDisplayAwake, pickScreenBounds, removesApplicationMenu } from '../src/window-options.js';
import type { ShellApp } from '../src/bridge.js';

const prefs = (app: ShellApp) =>
  buildWebPreferences({ app, preloadPath: '/p.cjs', devtools: false, bridgeArg: '--oss-shell-bridge=x' });

describe('window options', () => {
  it('locks the kiosk: OS kiosk mode, fullscreen, frameless, no menu bar', () => {
    const options = buildWindowOptions({ app: 'kiosk', fullscreen: true }, prefs('kiosk'));
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true });
    expect(options.webPreferences).toEqual(prefs('kiosk'));
    expect(removesApplicationMenu('kiosk')).toBe(true);
    expect(keepsDisplayAwake('kiosk')).toBe(true);
  });

  it('lets a technician run the kiosk windowed with fullscreen off', () => {
    const options = buildWindowOptions({ app: 'kiosk', fullscreen: false }, prefs('kiosk'));
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
  });

  it('makes the display fullscreen and frameless, without menu, never asleep', () => {
    const options = buildWindowOptions({ app: 'display', fullscreen: true }, prefs('display'));
    expect(options).toMatchObject({ fullscreen: true, frame: false, autoHideMenuBar: true });
    expect(options.kiosk).toBeUndefined();
    expect(options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(removesApplicationMenu('display')).toBe(true);
    expect(keepsDisplayAwake('display')).toBe(true);
  });

  it('gives the counter an ordinary window with the menu bar hidden', () => {
    const options = buildWindowOptions({ app: 'counter', fullscreen: false }, prefs('counter'));
    expect(options).toMatchObject({ width: 1280, height: 800, fullscreen: false, autoHideMenuBar: true });
    expect(options.kiosk).toBeUndefined();
    expect(options.frame).toBeUndefined();
    expect(removesApplicationMenu('counter')).toBe(false);
    expect(keepsDisplayAwake('counter')).toBe(false);
  });

  it('places the window on the configured monitor', () => {
    const displays = [
      { bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { bounds: { x: 1920, y: 0, width: 3840, height: 2160 } },
    ];
    expect(pickScreenBounds(displays, undefined)).toBeUndefined();
    expect(pickScreenBounds(displays, 1)).toEqual(displays[1]?.bounds);
    expect(pickScreenBounds(displays, 5)).toBeUndefined(); // TV unplugged: fall back to the OS
    const options = buildWindowOptions({ app: 'display', fullscreen: true }, prefs('display'), displays[1]?.bounds);
    expect(options).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160 });
  });
});

describe('local pages', () => {
  const input = {
    kind: 'offline',
    app: 'kiosk',
    hubUrl: 'http://hub:8080',
    configSource: 'C:\\Users\\kiosk\\AppData\\Roaming\\oss-kiosk\\oss-shell.json',
    retrySeconds: 5,
  } as const;

  it('is a self-contained data: URL with no script', () => {
    const url = localPageUrl(input);
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    const html = decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length));
    expect(html).toBe(localPageHtml(input));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('speaks Thai first, then English, and tells the technician where to look', () => {
    const html = localPageHtml(input);
    expect(html).toContain('กำลังเชื่อมต่อระบบคิว');
    expect(html).toContain('Connecting to the queue server');
    expect(html).toContain('http://hub:8080');
    expect(html).toContain('oss-shell.json');
    expect(html).toContain('every 5 s');
    expect(localPageHtml({ ...input, kind: 'out-of-service' })).toContain('ระบบขัดข้องชั่วคราว');
  });

  it('escapes what it shows', () => {
    expect(escapeHtml(`<b a="1">&'`)).toBe('&#60;b a=&#34;1&#34;&#62;&#38;&#39;');
    const html = localPageHtml({ ...input, configSource: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
  });
});
