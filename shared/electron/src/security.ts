// Main process (pure: electron types only, erased at compile time). Every lockdown decision the
// shell makes, as plain functions of plain data, so they are tested without Electron.
//
// The rule: the window shows the hub and nothing else. Navigation stays on the hub's origin,
// new windows are never opened, and a permission is granted only to a page of the hub and only
// if that app needs it.
import type { Session, WebPreferences } from 'electron';
import type { ShellApp } from './bridge.js';

/**
 * True when `url` is an http(s) URL on exactly the hub's origin (scheme, host and port).
 * Comparison is on origins produced by the WHATWG URL parser (the one Chromium uses), never on
 * string prefixes, so `http://localhost:8080.evil.com` and `http://localhost:8080@evil.com` fail.
 * URLs carrying credentials are refused outright, as are `javascript:`, `data:`, `file:`,
 * `blob:` and every other scheme.
 */
export function isSameOrigin(url: string, hubUrl: string): boolean {
  let target: URL;
  let hub: URL;
  try {
    target = new URL(url);
    hub = new URL(hubUrl);
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.origin === hub.origin;
}

export type Decision = 'allow' | 'deny';

export interface NavigationRequest {
  readonly url: string;
  /** false for an iframe. */
  readonly isMainFrame: boolean;
}

/**
 * For `will-navigate`, `will-frame-navigate` and `will-redirect`. Main-process loads
 * (`loadURL`, such as the offline page) do not pass through here: only page-initiated ones do.
 * Subframes may additionally be `about:blank` / `about:srcdoc`, which run with their
 * parent's origin.
 */
export function navigationDecision(request: NavigationRequest, hubUrl: string): Decision {
  if (isSameOrigin(request.url, hubUrl)) return 'allow';
  if (!request.isMainFrame && (request.url === 'about:blank' || request.url === 'about:srcdoc')) {
    return 'allow';
  }
  return 'deny';
}

/**
 * For `setWindowOpenHandler`: always deny. The renderers are single-window apps; a link to
 * the outside world (LINE, a government site) has no business opening on a kiosk or a TV, and
 * on the counter it would open an unlocked browser window. Nothing is passed to
 * `shell.openExternal` either.
 */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

export type Permission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

/**
 * What each app may be granted (only ever to a page of the hub). Autoplay is not a permission:
 * the display gets it through `autoplayPolicy` in its web preferences.
 */
export const ALLOWED_PERMISSIONS: Readonly<Record<ShellApp, readonly Permission[]>> = {
  // The lobby TV: pick the audio output for the voice call, stay awake, go fullscreen.
  display: ['speaker-selection', 'screen-wake-lock', 'fullscreen'],
  // The kiosk talks to its devices through the shell, not WebHID/WebUSB/camera.
  kiosk: ['screen-wake-lock', 'fullscreen'],
  // Staff copy tracking codes and ticket numbers.
  counter: ['clipboard-sanitized-write'],
};

export interface PermissionRequest {
  readonly app: ShellApp;
  readonly permission: Permission;
  /** The URL (or origin) of the page asking. */
  readonly requestingUrl: string;
}

export function permissionDecision(request: PermissionRequest, hubUrl: string): boolean {
  return isSameOrigin(request.requestingUrl, hubUrl) && ALLOWED_PERMISSIONS[request.app].includes(request.permission);
}

export interface WebPreferencesInput {
  readonly app: ShellApp;
  /** Absolute path of the app's compiled (CommonJS) preload. */
  readonly preloadPath: string;
  readonly devtools: boolean;
  /** The encoded bridge (bridge.ts `encodeBridgeArg`). */
  readonly bridgeArg: string;
}

/** The renderer's web preferences: isolated, sandboxed, no Node; autoplay only on the display. */
export function buildWebPreferences(input: WebPreferencesInput): WebPreferences {
  const isDisplay = input.app === 'display';
  return {
    preload: input.preloadPath,
    additionalArguments: [input.bridgeArg],
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: input.devtools,
    // The TV calls numbers aloud with nobody there to click first, and must keep its timers
    // and socket running even when another window covers it. Electron's own default is to allow
    // autoplay everywhere; kiosk and counter get Chrome's rule instead (sound after the first
    // touch or click), the one their renderers are tested under in a browser.
    ...(isDisplay
      ? { autoplayPolicy: 'no-user-gesture-required', backgroundThrottling: false }
      : { autoplayPolicy: 'document-user-activation-required' }),
  } satisfies WebPreferences;
}
