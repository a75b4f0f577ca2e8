// The Vite config every renderer shares: served by the hub under /<app>/ (assets under
// /<app>/assets/), `@oss/shared` from source, and in development the hub's API and socket proxied.
import { fileURLToPath } from 'node:url';
import type { PluginOption, UserConfig } from 'vite';

const HUB = process.env.OSS_HUB_URL ?? 'http://localhost:8080';
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface RendererOptions {
  /** The app's folder and its path on the hub: kiosk, counter, display. */
  app: string;
  /** React's plugin from the app's own dependencies, then any others. */
  plugins: PluginOption[];
  /** HTML entry points besides index.html, by name, relative to the app's src/renderer. */
  pages?: Record<string, string>;
}

export function rendererConfig({ app, plugins, pages }: RendererOptions): UserConfig {
  const renderer = (path: string) => fromRoot(`${app}/src/renderer/${path}`);
  return {
    base: `/${app}/`,
    root: renderer(''),
    plugins,
    resolve: {
      alias: [
        { find: /^@oss\/shared$/, replacement: fromRoot('shared/src/index.ts') },
        { find: /^@oss\/shared\/client$/, replacement: fromRoot('shared/client/index.ts') },
      ],
    },
    build: {
      outDir: fromRoot(`${app}/dist/renderer`),
      emptyOutDir: true,
      ...(pages && {
        rolldownOptions: {
          input: Object.fromEntries(
            [['index', 'index.html'], ...Object.entries(pages)].map(([name, file]) => [name, renderer(file)]),
          ),
        },
      }),
    },
    server: {
      proxy: {
        '/api': HUB,
        '/socket.io': { target: HUB, ws: true },
      },
    },
  };
}
