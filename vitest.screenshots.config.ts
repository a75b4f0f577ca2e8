// `npm run screenshots`: refreshes docs/screenshots/ from the built apps (not part of npm test).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: { include: ['*/screenshots/*.screenshot.ts', 'kiosk/test/kiosk.browser.test.ts'], env: { OSS_SCREENSHOTS: '1' } },
  }),
);
