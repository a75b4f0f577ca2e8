// Knip (npm run knip): unused files, exports and dependencies. Not part of npm test.
import { fileURLToPath } from 'node:url';
import type { KnipConfig } from 'knip';

const tests = ['test/**/*.test.ts'];
// The shells import the shared Electron code as @oss/shared/electron(/preload), whose package
// exports point at shared/electron/dist: before a build that does not exist, and knip cannot map
// it back to the sources (shared/tsconfig.json does not cover shared/electron), so it is told.
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const electronPaths = {
  '@oss/shared/electron': [fromRoot('shared/electron/src/index.ts')],
  '@oss/shared/electron/preload': [fromRoot('shared/electron/src/preload/index.ts')],
};

export default {
  // System commands the tests run (scripts/test.sh installs them from Debian), not npm packages.
  ignoreBinaries: ['mount', 'espeak-ng'],
  workspaces: {
    '.': {
      entry: [...tests, 'scripts/*.mjs'],
      project: ['*.ts', 'test/**/*.ts', 'scripts/*.mjs'],
      // test/a11y/axe.ts reads axe-core/axe.min.js by path (require.resolve) to inject it in pages.
      ignoreDependencies: ['axe-core'],
    },
    server: {
      entry: ['src/cli/*.ts', 'bench/*.ts', ...tests],
      project: ['src/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
      // Loaded in ways knip does not follow: the font files by require.resolve of a built path
      // (src/printing/fonts.ts), escpos by createRequire on the first ticket (src/printing/escpos-lib.ts).
      ignoreDependencies: ['@expo-google-fonts/sarabun', 'escpos'],
    },
    shared: {
      entry: ['test/**/*.test.ts', 'electron/test/**/*.test.ts'],
      project: ['src/**/*.ts', 'client/**/*.ts', 'electron/**/*.ts', 'test/**/*.ts'],
    },
    kiosk: {
      paths: electronPaths,
      entry: ['src/renderer/*.html', 'src/renderer/*/main.tsx', 'src/electron/{main,preload}.ts', ...tests],
      project: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    },
    counter: {
      paths: electronPaths,
      entry: ['src/renderer/index.html', 'src/electron/{main,preload}.ts', ...tests, 'screenshots/*.screenshot.ts'],
      project: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'screenshots/*.ts'],
    },
    display: {
      paths: electronPaths,
      entry: ['src/renderer/index.html', 'src/electron/{main,preload}.ts', ...tests, 'screenshots/*.screenshot.ts'],
      project: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'scripts/*.ts', 'screenshots/*.ts'],
    },
    build: {
      entry: ['vite-renderer.ts'],
      project: ['**/*.ts'],
    },
  },
} satisfies KnipConfig;
