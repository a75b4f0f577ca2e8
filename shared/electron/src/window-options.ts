// Main process (pure: electron types only). The BrowserWindow each app opens.
import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import type { ShellApp } from './bridge.js';
import type { ShellSettings } from './config.js';

const TITLES: Readonly<Record<ShellApp, string>> = {
  kiosk: 'OSS Kiosk',
  counter: 'OSS Counter',
  display: 'OSS Display',
};

/** Kiosk and display have no application menu at all (no accelerators: no reload, no devtools). */
export function removesApplicationMenu(app: ShellApp): boolean {
  return app !== 'counter';
}

/** The lobby screens must not blank out or sleep; the staff PC follows its own power settings. */
export function keepsDisplayAwake(app: ShellApp): boolean {
  return app !== 'counter';
}

/**
 * - kiosk: OS kiosk mode + fullscreen (unless the config turns fullscreen off for servicing).
 * - display: fullscreen, frameless.
 * - counter: an ordinary resizable window whose menu bar stays hidden until Alt is pressed.
 */
export function buildWindowOptions(
  settings: Pick<ShellSettings, 'app' | 'fullscreen'>,
  webPreferences: WebPreferences,
  bounds?: Rectangle,
): BrowserWindowConstructorOptions {
  const { app, fullscreen } = settings;
  const common = {
    title: TITLES[app],
    autoHideMenuBar: true,
    backgroundColor: app === 'display' ? '#000000' : '#ffffff',
    webPreferences,
    ...(bounds ?? {}),
  } satisfies BrowserWindowConstructorOptions;
  switch (app) {
    case 'kiosk':
      return { ...common, kiosk: fullscreen, fullscreen, frame: !fullscreen };
    case 'display':
      return { ...common, fullscreen, frame: !fullscreen };
    case 'counter':
      return { width: 1280, height: 800, minWidth: 960, minHeight: 600, ...common, fullscreen };
  }
}

/** The bounds of the configured monitor, or undefined to let the OS choose (the primary). */
export function pickScreenBounds(
  displays: readonly { readonly bounds: Rectangle }[],
  screen: number | undefined,
): Rectangle | undefined {
  if (screen === undefined) return undefined;
  return displays[screen]?.bounds;
}
