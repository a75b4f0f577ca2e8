// Process boundaries (STYLE 7), checked statically on the import graph with the TypeScript
// parser: what may run where is decided by what a file imports at run time (type-only imports
// are erased and do not count).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const electronSrc = join(root, 'shared/electron/src');
const APPS = ['kiosk', 'counter', 'display'] as const;

/** Module specifiers a file loads at run time. */
function runtimeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // Under verbatimModuleSyntax only `import type …` disappears; `import { type X }` stays.
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Specifiers of imports the compiler resolves but erases: `import type`, `import('x').T`. */
function typeImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause?.isTypeOnly)
      found.push(node.moduleSpecifier.text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

interface PackageJson {
  readonly optionalDependencies?: Record<string, string>;
}

const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] ?? spec);

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const shellModules = sourceFiles(electronSrc).filter((f) => !f.endsWith('.test.ts'));
const name = (file: string): string => relative(electronSrc, file).replaceAll('\\', '/');
/** Main-process modules allowed more than the pure ones: Node, Electron, the native device packages. */
const NODE_MODULES = new Set([
  'config-file.ts',
  'main-process.ts',
  'index.ts',
  'devices/optional-module.ts',
  'devices/hid-scanners.ts',
  'devices/pcsc-reader.ts',
  'devices/escpos-usb-driver.ts',
  'devices/usb-printer.ts',
  'devices/kiosk-devices.ts',
]);
const NATIVE_PACKAGES = ['node-hid', '@pokusew/pcsclite', 'usb', 'escpos-usb'];
const pureModules = shellModules.filter((f) => !NODE_MODULES.has(name(f)));

/** Static (non-type) import declarations only: what loads when the module loads. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((s) =>
    ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && !s.importClause?.isTypeOnly
      ? [s.moduleSpecifier.text]
      : [],
  );
}

describe('import boundaries', () => {
  it('finds the modules it checks', () => {
    expect(pureModules.map(name).sort()).toEqual([
      'bridge.ts',
      'channels.ts',
      'config.ts',
      'crash-policy.ts',
      'devices/apdu.ts',
      'devices/device-config.ts',
      'devices/device-ipc.ts',
      'devices/device-schemas.ts',
      'devices/hid-pos-decoder.ts',
      'devices/hid-selection.ts',
      'devices/keyboard-decoder.ts',
      'devices/thai-id-card.ts',
      'devices/ticket-bytes.ts',
      'devices/tis620.ts',
      'devices/usb-print-job.ts',
      'hub-loader.ts',
      'hub-url.ts',
      'offline-page.ts',
      'preload/device-bridge.ts',
      'preload/expose-bridge.ts',
      'preload/index.ts',
      'security.ts',
      'shell-electron.ts',
      'window-options.ts',
    ]);
    expect(shellModules.filter((f) => NODE_MODULES.has(name(f)))).toHaveLength(NODE_MODULES.size);
  });

  it.each(pureModules.map((f) => [name(f), f]))('pure module %s imports neither electron nor Node', (_n, file) => {
    for (const spec of runtimeImports(file)) {
      const relativeImport = spec.startsWith('./') || spec.startsWith('../');
      // @oss/shared is the contract, which runs anywhere (lint keeps Node and electron out of it).
      expect(spec === 'zod' || spec === '@oss/shared' || relativeImport, `${name(file)} imports ${spec}`).toBe(true);
      if (relativeImport) {
        const target = name(join(dirname(file), spec.replace(/\.js$/, '.ts')));
        expect(NODE_MODULES.has(target), `${name(file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the shared preload imports only the import-free channels module from the shell', () => {
    // Bundled into each app's sandboxed preload (bridge-preload.test.ts checks the bundle requires
    // only electron), so it must pull in nothing of main's.
    const preloadModules = shellModules.filter((f) => name(f).startsWith('preload/'));
    expect(preloadModules).toHaveLength(3);
    for (const file of preloadModules) {
      for (const spec of runtimeImports(file)) {
        const target = name(join(dirname(file), spec.replace(/\.js$/, '.ts')));
        expect(target === 'channels.ts' || target.startsWith('preload/'), `${name(file)} imports ${spec}`).toBe(true);
      }
    }
    expect(runtimeImports(join(electronSrc, 'channels.ts'))).toEqual([]);
  });

  it.each([...NODE_MODULES].filter((f) => f.startsWith('devices/')))('%s loads native packages only lazily', (file) => {
    const imports = staticImports(join(electronSrc, file));
    expect(imports.filter((spec) => NATIVE_PACKAGES.includes(spec) || spec === 'electron')).toEqual([]);
  });

  it('no file names an optional package in an import the compiler would resolve', () => {
    // npm skips an optional package it cannot build (no headers on the PC): the build must not
    // need it, so it is loaded only by a name in a variable (optional-module.ts), never a literal.
    const optional = new Set(
      ['package.json', ...APPS.map((app) => `${app}/package.json`), 'shared/package.json', 'server/package.json'].flatMap(
        (file) => Object.keys((JSON.parse(readFileSync(join(root, file), 'utf8')) as PackageJson).optionalDependencies ?? {}),
      ),
    );
    expect([...optional].sort()).toEqual([...NATIVE_PACKAGES].sort());
    const files = ['shared', 'server', ...APPS, 'test', 'build'].flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(300);
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const specs = [...runtimeImports(file, text), ...typeImports(source)];
      return specs.filter((s) => optional.has(s)).map((s) => `${relative(root, file)} imports ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('only the apps’ entry points load electron at run time; startShell is handed it', () => {
    const users = shellModules.filter((f) => runtimeImports(f).includes('electron')).map((f) => basename(f));
    expect(users).toEqual([]);
    for (const app of APPS) {
      for (const entry of ['main.ts', 'preload.ts']) {
        expect(runtimeImports(join(root, app, 'src/electron', entry)), `${app} ${entry}`).toContain('electron');
      }
    }
  });

  it('config-file.ts touches the file system but not electron', () => {
    const imports = runtimeImports(join(electronSrc, 'config-file.ts'));
    expect(imports).not.toContain('electron');
    expect(imports.filter((s) => !s.startsWith('./')).every(isNodeBuiltin)).toBe(true);
  });

  it('the renderer-facing bridge type file holds types only', () => {
    const file = join(root, 'shared/src/shell-bridge.ts');
    expect(runtimeImports(file)).toEqual([]);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      expect(ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement), ts.SyntaxKind[statement.kind]).toBe(
        true,
      );
    }
  });

  it.each(APPS)('the %s preload and main load only electron and the shared preload or shell', (app) => {
    // The preload is bundled (bridge-preload.test.ts checks the bundle requires only electron).
    expect(runtimeImports(join(root, app, 'src/electron/preload.ts'))).toEqual(['electron', '@oss/shared/electron/preload']);
    const main = runtimeImports(join(root, app, 'src/electron/main.ts'));
    expect(main.filter((s) => !isNodeBuiltin(s))).toEqual(['electron', '@oss/shared/electron']);
  });

  it('no renderer code imports electron, the shell or Node', () => {
    const rendererFiles = [
      ...APPS.flatMap((app) => sourceFiles(join(root, app, 'src/renderer'))),
      ...sourceFiles(join(root, 'shared/client')),
    ].filter((f) => !/\.test\.tsx?$/.test(f));
    const offenders = rendererFiles.flatMap((file) =>
      runtimeImports(file)
        .filter((s) => s === 'electron' || s.startsWith('@oss/shared/electron') || isNodeBuiltin(s))
        .map((s) => `${relative(root, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('sees through the syntax it has to', () => {
    const text = [
      "import type { A } from 'erased-1';",
      "export type { B } from 'erased-2';",
      "import type C = require('erased-3');",
      "import { type D } from './kept.js';",
      "import 'side-effect';",
      "import * as fs from 'node:fs';",
      "export { e } from 'electron';",
      "import req = require('req');",
      "const later = () => import('dyn');",
      "const old = require('old');",
    ].join('\n');
    expect(runtimeImports('probe.ts', text).sort()).toEqual([
      './kept.js',
      'dyn',
      'electron',
      'node:fs',
      'old',
      'req',
      'side-effect',
    ]);
  });
});
