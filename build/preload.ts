// The preloads' bundle, the same for every shell: `<app>/src/electron/preload.ts` with the shared
// preload (shared/electron/src/preload/, from source through the `oss-source` condition) inlined
// into `<app>/dist/electron/preload.cjs`, CommonJS that requires only 'electron', because a
// sandboxed preload can load nothing else. Run by each app's `build:preload`
// (`tsx ../build/preload.ts <app>`); shared/electron/test/bridge-preload.test.ts builds with the
// same options.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const SHELLS = ['kiosk', 'counter', 'display'] as const;
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export function preloadBuildOptions(app: (typeof SHELLS)[number]): BuildOptions & { entryPoints: string[] } {
  return {
    entryPoints: [fromRoot(`${app}/src/electron/preload.ts`)],
    outfile: fromRoot(`${app}/dist/electron/preload.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['electron'],
    conditions: ['oss-source'],
    logLevel: 'warning',
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const app = SHELLS.find((a) => a === process.argv[2]);
  if (app === undefined) throw new Error(`usage: tsx build/preload.ts <${SHELLS.join('|')}>`);
  await build(preloadBuildOptions(app));
}
