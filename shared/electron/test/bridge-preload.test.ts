// The bridge travels main → argv → preload → `window.ossShell`. The preloads are run the way a
// sandboxed renderer runs them: as CommonJS in a fresh V8 context whose require() knows only
// 'electron' (a stub recording exposeInMainWorld), with `process.argv` as main would set it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_ARG_PREFIX,
  BRIDGE_GLOBAL,
  SHELL_APPS,
  createBridge,
  decodeBridgeArg,
  encodeBridgeArg,
  type ShellApp,
  type ShellBridge,
} from '../src/bridge.js';

const root = new URL('../../../', import.meta.url);
const preloadSource = (app: ShellApp) => fileURLToPath(new URL(`${app}/src/electron/preload.cts`, root));
const preloadBuilt = (app: ShellApp) => fileURLToPath(new URL(`${app}/dist/electron/preload.cjs`, root));

function bridgeFor(app: ShellApp): ShellBridge {
  return createBridge({ app, version: '1.2.3', hubUrl: 'http://10.0.0.5:8080', platform: 'win32' });
}

/** Compiles a preload the way tsc does for a .cts file (CommonJS). */
function compile(app: ShellApp): string {
  const { outputText } = ts.transpileModule(readFileSync(preloadSource(app), 'utf8'), {
    fileName: 'preload.cts',
    compilerOptions: {
      module: ts.ModuleKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  });
  return outputText;
}

interface Exposure {
  readonly calls: unknown[][];
  readonly required: string[];
}

/** Runs CommonJS preload code as Electron's sandboxed preload wrapper does. */
function runSandboxed(code: string, argv: string[]): Exposure {
  const calls: unknown[][] = [];
  const required: string[] = [];
  const sandboxRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') {
      return { contextBridge: { exposeInMainWorld: (...args: unknown[]) => calls.push(args) } };
    }
    throw new Error(`module not found in a sandboxed preload: ${id}`);
  };
  const wrapper: unknown = vm.runInNewContext(`(function (require, process, exports, module) {\n${code}\n})`, {});
  if (typeof wrapper !== 'function') throw new Error('wrapper did not compile');
  const module = { exports: {} };
  wrapper(sandboxRequire, { argv: ['electron', '--type=renderer', ...argv] }, module.exports, module);
  return { calls, required };
}

describe('bridge argument', () => {
  it('round-trips, including characters a command line mangles', () => {
    const bridge = createBridge({
      app: 'display',
      version: '0.1.0-ทดสอบ "quoted" & spaced',
      hubUrl: 'https://oss.example.go.th/queue',
      platform: 'linux',
    });
    const arg = encodeBridgeArg(bridge);
    expect(arg.startsWith(BRIDGE_ARG_PREFIX)).toBe(true);
    expect(arg).not.toMatch(/[\s"'&]/);
    expect(decodeBridgeArg(['x', arg, '--other'])).toEqual(bridge);
    expect(decodeBridgeArg(['x'])).toBeUndefined();
  });

  it('validates what it decodes and what it builds', () => {
    const arg = (value: unknown) => `${BRIDGE_ARG_PREFIX}${encodeURIComponent(JSON.stringify(value))}`;
    expect(() => decodeBridgeArg([arg({ app: 'admin', version: '1', hubUrl: 'h', platform: 'p' })])).toThrow();
    expect(() => decodeBridgeArg([arg({ ...bridgeFor('kiosk'), secret: 1 })])).toThrow();
    expect(() => createBridge({ app: 'kiosk', version: '', hubUrl: 'h', platform: 'p' })).toThrow();
  });

  it('builds a frozen bridge', () => {
    expect(Object.isFrozen(bridgeFor('counter'))).toBe(true);
  });
});

describe.each(SHELL_APPS)('%s preload', (app) => {
  const bridge = bridgeFor(app);

  it('compiles to CommonJS that requires nothing but electron', () => {
    const code = compile(app);
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(runSandboxed(code, [encodeBridgeArg(bridge)]).required).toEqual(['electron']);
  });

  it('exposes exactly the bridge main encoded, as window.ossShell, once', () => {
    const { calls } = runSandboxed(compile(app), ['--lang=th', encodeBridgeArg(bridge), '--enable-sandbox']);
    expect(calls).toHaveLength(1);
    const [name, exposed] = calls[0] ?? [];
    expect(name).toBe(BRIDGE_GLOBAL);
    expect(name).toBe('ossShell');
    expect(exposed).toEqual({ ...bridge });
    expect(Object.keys(exposed as object).sort()).toEqual(['app', 'hubUrl', 'platform', 'version']);
  });

  it('refuses to start without a bridge or with another app’s bridge', () => {
    expect(() => runSandboxed(compile(app), [])).toThrow(/no --oss-shell-bridge= in argv/);
    const other = SHELL_APPS.find((a) => a !== app) ?? 'kiosk';
    expect(() => runSandboxed(compile(app), [encodeBridgeArg(bridgeFor(other))])).toThrow(
      new RegExp(`the ${app} preload got a ${other} bridge`),
    );
  });

  it('behaves the same as built by tsc -b (npm test builds first)', () => {
    expect(existsSync(preloadBuilt(app)), 'run tsc -b first').toBe(true);
    const { calls, required } = runSandboxed(readFileSync(preloadBuilt(app), 'utf8'), [encodeBridgeArg(bridge)]);
    expect(required).toEqual(['electron']);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(['ossShell', { ...bridge }]);
  });
});
