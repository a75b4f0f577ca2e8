// The Electron hardening is unit-tested in shared/electron/test (isolated, sandboxed renderers
// without Node; navigation and new windows locked to the hub; permissions per app). What that
// cannot see is an app going around it: this checks each app's main process starts through
// startShell (so it gets those web preferences and guards) and that no Electron code anywhere
// opens its own window, changes web preferences or opens external URLs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const APPS = ['kiosk', 'counter', 'display'] as const;

function sources(dir: string): Array<[string, string]> {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(c|m)?tsx?$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      // Comments may name what they avoid.
      const code = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      return [path.slice(ROOT.length), code] as [string, string];
    });
}

describe('Electron shells', () => {
  it.each(APPS)('%s starts through startShell, with its own app name', (app) => {
    const main = readFileSync(join(ROOT, app, 'src/electron/main.ts'), 'utf8');
    expect(main).toMatch(/from '@oss\/shared\/electron'/);
    expect(main).toMatch(new RegExp(`startShell\\(\\{[\\s\\S]*app: '${app}'`));
  });

  it('no app opens its own window, sets web preferences, or opens external URLs', () => {
    const shellSources = sources('shared/electron/src');
    const appSources = APPS.flatMap((app) => sources(`${app}/src/electron`));
    for (const [path, code] of appSources) {
      expect(code, path).not.toMatch(/new BrowserWindow|webPreferences|BrowserView|WebContentsView/);
    }
    for (const [path, code] of [...appSources, ...shellSources]) {
      expect(code, path).not.toMatch(
        /openExternal|nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/,
      );
      expect(code, path).not.toMatch(/allowRunningInsecureContent:\s*true|enableRemoteModule|webviewTag:\s*true/);
    }
    // The one window is made in one place, with the shared hardened preferences.
    const windows = shellSources.filter(([, code]) => /new BrowserWindow\(/.test(code));
    expect(windows.map(([p]) => p)).toEqual([join('shared/electron/src/main-process.ts')]);
    expect(windows[0]![1]).toMatch(/buildWebPreferences\(/);
  });
});
