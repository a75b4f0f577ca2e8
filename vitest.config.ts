import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oss\/shared$/, replacement: fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
      { find: /^@oss\/shared\/client$/, replacement: fileURLToPath(new URL('./shared/client/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['*/test/**/*.test.ts', '*/src/**/*.test.ts', 'test/**/*.test.ts', 'shared/electron/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
