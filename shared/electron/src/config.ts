// Main process (pure: parses text, reads no files). The shell's configuration file
// `oss-shell.json`: schema, parsing with messages a technician can act on, per-app defaults.
import { z } from 'zod';
import type { ShellApp } from './bridge.js';
import { DevicesConfigSchema, type DevicesConfig } from './devices/device-config.js';
import { DEFAULT_HUB_URL, hubAppUrl, normalizeHubUrl } from './hub-url.js';

export const SHELL_CONFIG_FILE = 'oss-shell.json';
/** Environment variable naming a config file to use instead of `<userData>/oss-shell.json`. */
export const SHELL_CONFIG_ENV = 'OSS_SHELL_CONFIG';

const HubUrl = z.string().transform((raw, ctx) => {
  const result = normalizeHubUrl(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }
  return result.url;
});

// Strict: a misspelt key ("hubURL") is an error, not a silently ignored setting.
export const ShellConfigSchema = z.strictObject({
  hubUrl: HubUrl.default(DEFAULT_HUB_URL),
  /** Fullscreen (and, for the kiosk, OS kiosk mode). Default: kiosk and display yes, counter no. */
  fullscreen: z.boolean().optional(),
  /** Allow opening the developer tools. */
  devtools: z.boolean().default(false),
  /** Register (true) or unregister (false) the shell as a login item; unset leaves it alone. */
  startOnBoot: z.boolean().optional(),
  /** Which monitor to open on (0 = primary order as the OS lists them), e.g. the lobby TV. */
  screen: z.number().int().min(0).optional(),
  /** Seconds between attempts to reach the hub while the offline page is shown. */
  offlineRetrySeconds: z.number().int().min(1).max(300).default(5),
  /** The kiosk's ID card reader, scanners and USB printer (ignored by the other apps). */
  devices: DevicesConfigSchema,
});

export type ShellConfig = z.output<typeof ShellConfigSchema>;

/** What the shell runs with once per-app defaults are applied. */
export interface ShellSettings {
  readonly app: ShellApp;
  readonly hubUrl: string;
  /** The page the window opens: `${hubUrl}/${app}`. */
  readonly appUrl: string;
  readonly fullscreen: boolean;
  readonly devtools: boolean;
  readonly startOnBoot: boolean | undefined;
  readonly screen: number | undefined;
  readonly offlineRetryMs: number;
  /** Kiosk only: what devices/kiosk-devices.ts starts. */
  readonly devices: DevicesConfig;
  /** Where the settings came from, shown on the offline page for the technician. */
  readonly source: string;
}

export class ShellConfigError extends Error {
  override readonly name = 'ShellConfigError';
}

/**
 * Parses the text of a config file. `source` (the file's path) prefixes every message, e.g.
 * `Invalid shell config /etc/oss-shell.json:\n  - hubUrl: must start with http:// or https://`.
 */
export function parseShellConfig(text: string, source: string): ShellConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ShellConfigError(`Invalid shell config ${source}: not valid JSON (${why})`);
  }
  const result = ShellConfigSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(file)';
      return `  - ${where}: ${issue.message}`;
    });
    throw new ShellConfigError(`Invalid shell config ${source}:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The defaults, as if the file held `{}`. */
export function defaultShellConfig(): ShellConfig {
  return ShellConfigSchema.parse({});
}

export function resolveShellSettings(app: ShellApp, config: ShellConfig, source: string): ShellSettings {
  return {
    app,
    hubUrl: config.hubUrl,
    appUrl: hubAppUrl(config.hubUrl, app),
    fullscreen: config.fullscreen ?? app !== 'counter',
    devtools: config.devtools,
    startOnBoot: config.startOnBoot,
    screen: config.screen,
    offlineRetryMs: config.offlineRetrySeconds * 1000,
    devices: config.devices,
    source,
  };
}
