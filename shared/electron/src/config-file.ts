// Main process (Node: reads the file system; no electron). Finds and reads `oss-shell.json`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShellApp } from './bridge.js';
import {
  SHELL_CONFIG_ENV,
  SHELL_CONFIG_FILE,
  ShellConfigError,
  defaultShellConfig,
  parseShellConfig,
  resolveShellSettings,
  type ShellSettings,
} from './config.js';

export interface LoadShellConfigOptions {
  readonly app: ShellApp;
  /** The app's userData directory (Electron's `app.getPath('userData')`). */
  readonly userDataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** `$OSS_SHELL_CONFIG` if set, else `<userData>/oss-shell.json`. */
export function shellConfigPath(options: Pick<LoadShellConfigOptions, 'userDataDir' | 'env'>): {
  path: string;
  explicit: boolean;
} {
  const fromEnv = options.env[SHELL_CONFIG_ENV]?.trim();
  if (fromEnv) return { path: fromEnv, explicit: true };
  return { path: join(options.userDataDir, SHELL_CONFIG_FILE), explicit: false };
}

/**
 * Reads the settings. A missing file at the default place means "all defaults" (a fresh
 * install); a missing file named by the environment variable is an error, since someone
 * meant it to be used. Any other problem throws a ShellConfigError naming the file.
 */
export async function loadShellSettings(options: LoadShellConfigOptions): Promise<ShellSettings> {
  const { path, explicit } = shellConfigPath(options);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? err.code : undefined;
    if (code === 'ENOENT' && !explicit) {
      return resolveShellSettings(options.app, defaultShellConfig(), `${path} (not found: defaults)`);
    }
    const why = code === 'ENOENT' ? 'file not found' : err instanceof Error ? err.message : String(err);
    const hint = explicit ? ` (named by ${SHELL_CONFIG_ENV})` : '';
    throw new ShellConfigError(`Cannot read shell config ${path}${hint}: ${why}`);
  }
  // A BOM is what Windows Notepad writes; JSON.parse would reject it.
  return resolveShellSettings(options.app, parseShellConfig(text.replace(/^\uFEFF/, ''), path), path);
}
