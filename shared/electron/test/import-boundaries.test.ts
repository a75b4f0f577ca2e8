// Process boundaries (STYLE 7), checked statically on the import graph with the TypeScript
// parser: what may run where is decided by what a file imports at run time (type-only imports
// are erased and do not count).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join, relative } from 'node:path';
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
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const shellModules = sourceFiles(electronSrc).filter((f) => !f.endsWith('.test.ts'));
/** Main-process modules allowed more than the pure ones. */
const NODE_MODULES = new Set(['config-file.ts', 'main-process.ts', 'index.ts']);
const pureModules = shellModules.filter((f) => !NODE_MODULES.has(basename(f)));

describe('import boundaries', () => {
  it('finds the modules it checks', () => {
    expect(pureModules.map((f) => basename(f)).sort()).toEqual([
      'bridge.ts',
      'config.ts',
      'crash-policy.ts',
      'hub-loader.ts',
      'hub-url.ts',
      'offline-page.ts',
      'security.ts',
      'window-options.ts',
    ]);
  });

  it.each(pureModules.map((f) => [basename(f), f]))('pure module %s imports neither electron nor Node', (_n, file) => {
    for (const spec of runtimeImports(file)) {
      expect(spec === 'zod' || spec.startsWith('./'), `${basename(file)} imports ${spec}`).toBe(true);
      if (spec.startsWith('./')) {
        expect(NODE_MODULES.has(spec.replace(/\.js$/, '.ts').slice(2)), `${basename(file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it('only main-process.ts loads electron at run time', () => {
    const users = shellModules.filter((f) => runtimeImports(f).includes('electron')).map((f) => basename(f));
    expect(users).toEqual(['main-process.ts']);
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

  it.each(APPS)('the %s preload loads only electron; its main only the shared shell', (app) => {
    expect(runtimeImports(join(root, app, 'src/electron/preload.cts'))).toEqual(['electron']);
    const main = runtimeImports(join(root, app, 'src/electron/main.ts'));
    expect(main.filter((s) => !isNodeBuiltin(s))).toEqual(['@oss/shared/electron']);
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
