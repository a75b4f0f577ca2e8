import { describe, expect, it } from 'vitest';
import type { ShellApp } from '../src/bridge.js';
import {
  ALLOWED_PERMISSIONS,
  buildWebPreferences,
  isSameOrigin,
  navigationDecision,
  permissionDecision,
  windowOpenDecision,
  type Permission,
} from '../src/security.js';

const HUB = 'http://localhost:8080';

describe('isSameOrigin', () => {
  it.each([
    'http://localhost:8080',
    'http://localhost:8080/',
    'http://localhost:8080/kiosk',
    'http://localhost:8080/counter/admin?tab=reports#top',
    'HTTP://LOCALHOST:8080/kiosk',
    // The URL parser (like Chromium's) turns these into http://localhost:8080/…
    'http:\\\\localhost:8080\\kiosk',
    'http://localhost:8080\\@evil.com',
    'http://local\nhost:8080/',
    'http://localhost:8080/..%2f..%2fetc',
  ])('accepts %j', (url) => {
    expect(isSameOrigin(url, HUB)).toBe(true);
  });

  it.each([
    // look-alike hosts
    'http://localhost:8080.evil.com/',
    'http://localhost:8080.evil.com:8080/',
    'http://localhost.evil.com:8080/',
    'http://evil.com/localhost:8080',
    'http://evil.com/?http://localhost:8080',
    'http://evil.com#http://localhost:8080',
    'http://localhost.:8080/',
    'http://lоcalhost:8080/', // Cyrillic "о"
    'http://127.0.0.1:8080/',
    'http://[::1]:8080/',
    // credentials, either way round
    'http://localhost:8080@evil.com/',
    'http://localhost:8080:pw@evil.com/',
    'http://user@localhost:8080/',
    'http://user:pw@localhost:8080/',
    // other ports and schemes
    'http://localhost/',
    'http://localhost:80/',
    'http://localhost:8081/',
    'http://localhost:18080/',
    'https://localhost:8080/',
    'ws://localhost:8080/socket.io/',
    'ftp://localhost:8080/',
    // schemes that never belong in the window
    'javascript:alert(1)',
    'javascript://localhost:8080/%0aalert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'file://localhost:8080/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'blob:http://localhost:8080/0b7a7c59-1d6d-4d3b-a7bb-6b1d1e2b4c1d',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'view-source:http://localhost:8080/',
    // not absolute URLs at all
    '//localhost:8080/kiosk',
    '/kiosk',
    'localhost:8080',
    '',
    'not a url',
  ])('refuses %j', (url) => {
    expect(isSameOrigin(url, HUB)).toBe(false);
  });

  it('compares against the hub origin, ignoring the hub path and default ports', () => {
    expect(isSameOrigin('https://oss.example.go.th/other', 'https://oss.example.go.th/queue')).toBe(true);
    expect(isSameOrigin('https://oss.example.go.th:443/queue/kiosk', 'https://oss.example.go.th/queue')).toBe(true);
    expect(isSameOrigin('http://oss.example.go.th/queue/kiosk', 'https://oss.example.go.th/queue')).toBe(false);
    expect(isSameOrigin('http://hub:80/', 'http://hub')).toBe(true);
  });

  it('refuses everything when the hub URL itself is unparsable', () => {
    expect(isSameOrigin('http://localhost:8080/', 'nonsense')).toBe(false);
  });
});

describe('navigationDecision', () => {
  it('allows the hub in any frame', () => {
    expect(navigationDecision({ url: `${HUB}/display`, isMainFrame: true }, HUB)).toBe('allow');
    expect(navigationDecision({ url: `${HUB}/t/ABC123`, isMainFrame: false }, HUB)).toBe('allow');
  });

  it('denies everything else in the main frame, about:blank included', () => {
    for (const url of [
      'https://line.me/R/oaMessage/@oss/?A001',
      'https://www.google.com/',
      'http://localhost:8080.evil.com/',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/cmd.exe',
      'data:text/html,hi',
      'about:blank',
    ]) {
      expect(navigationDecision({ url, isMainFrame: true }, HUB), url).toBe('deny');
    }
  });

  it('lets a subframe be about:blank or about:srcdoc, nothing foreign', () => {
    expect(navigationDecision({ url: 'about:blank', isMainFrame: false }, HUB)).toBe('allow');
    expect(navigationDecision({ url: 'about:srcdoc', isMainFrame: false }, HUB)).toBe('allow');
    expect(navigationDecision({ url: 'about:blank#x', isMainFrame: false }, HUB)).toBe('deny');
    expect(navigationDecision({ url: 'https://www.youtube.com/embed/x', isMainFrame: false }, HUB)).toBe('deny');
  });
});

describe('windowOpenDecision', () => {
  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('permissionDecision', () => {
  const apps: ShellApp[] = ['kiosk', 'counter', 'display'];
  const probe: Permission[] = [
    'media',
    'geolocation',
    'notifications',
    'hid',
    'usb',
    'serial',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'openExternal',
    'speaker-selection',
    'screen-wake-lock',
    'fullscreen',
    'pointerLock',
    'midi',
    'unknown',
  ];

  it('grants exactly the per-app list, to the hub only', () => {
    for (const app of apps) {
      for (const permission of probe) {
        const expected = ALLOWED_PERMISSIONS[app].includes(permission);
        expect(permissionDecision({ app, permission, requestingUrl: `${HUB}/${app}` }, HUB), `${app} ${permission}`).toBe(
          expected,
        );
        // The same request from anywhere else is always refused.
        for (const requestingUrl of ['http://localhost:8080.evil.com/', 'null', 'data:text/html,x', 'file:///x']) {
          expect(permissionDecision({ app, permission, requestingUrl }, HUB)).toBe(false);
        }
      }
    }
  });

  it('matches what each app needs', () => {
    expect(ALLOWED_PERMISSIONS.display).toEqual(['speaker-selection', 'screen-wake-lock', 'fullscreen']);
    expect(ALLOWED_PERMISSIONS.kiosk).toEqual(['screen-wake-lock', 'fullscreen']);
    expect(ALLOWED_PERMISSIONS.counter).toEqual(['clipboard-sanitized-write']);
    // Nobody gets the camera/microphone, devices, notifications or the outside world.
    for (const app of apps) {
      for (const p of ['media', 'hid', 'usb', 'serial', 'openExternal', 'clipboard-read'] as const) {
        expect(ALLOWED_PERMISSIONS[app]).not.toContain(p);
      }
    }
  });

  it('accepts an origin (the check handler passes one) as the requester', () => {
    expect(permissionDecision({ app: 'display', permission: 'speaker-selection', requestingUrl: HUB }, HUB)).toBe(true);
  });
});

describe('buildWebPreferences', () => {
  const input = (app: ShellApp) => ({
    app,
    preloadPath: `/opt/oss/${app}/dist/electron/preload.cjs`,
    devtools: false,
    bridgeArg: '--oss-shell-bridge=x',
  });

  it.each(['kiosk', 'counter', 'display'] as const)('isolates and sandboxes the %s renderer', (app) => {
    const prefs = buildWebPreferences(input(app));
    expect(prefs).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
      preload: `/opt/oss/${app}/dist/electron/preload.cjs`,
      additionalArguments: ['--oss-shell-bridge=x'],
    });
  });

  it('allows autoplay without a gesture (and unthrottled timers) on the display only', () => {
    expect(buildWebPreferences(input('display')).autoplayPolicy).toBe('no-user-gesture-required');
    expect(buildWebPreferences(input('display')).backgroundThrottling).toBe(false);
    for (const app of ['kiosk', 'counter'] as const) {
      const prefs = buildWebPreferences(input(app));
      // Set explicitly: Electron's default would be 'no-user-gesture-required'.
      expect(prefs.autoplayPolicy).toBe('document-user-activation-required');
      expect(prefs).not.toHaveProperty('backgroundThrottling');
    }
  });

  it('passes the devtools setting through', () => {
    expect(buildWebPreferences({ ...input('counter'), devtools: true }).devTools).toBe(true);
  });
});
