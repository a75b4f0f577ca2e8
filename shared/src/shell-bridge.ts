// Runs anywhere (browser, renderer, Node): type declarations only, no imports, no values.
// The one definition of what an Electron shell's preload exposes to its renderer as
// `window.ossShell`. The shells (shared/electron) build and validate it; renderers only read it.

/** Which Electron shell hosts a renderer. */
export type ShellApp = 'kiosk' | 'counter' | 'display';

/**
 * What the preload exposes as `window.ossShell`. It is absent in a plain browser, so renderers
 * must treat it as optional and feature-detect. Shell-specific capabilities (the kiosk's ID card,
 * QR scanner and USB printer) will be added as optional members, so older shells stay valid.
 */
export interface ShellBridge {
  readonly app: ShellApp;
  /** The shell's version (its package.json), not the hub's. */
  readonly version: string;
  /** The hub base URL the shell was configured with, e.g. `http://10.0.0.5:8080`. */
  readonly hubUrl: string;
  /** Node's `process.platform` of the machine running the shell: `win32`, `linux`, `darwin`. */
  readonly platform: string;
}

/**
 * The global the preload adds. A renderer opts in once, in a `.d.ts` of its own:
 * `declare global { interface Window extends ShellBridgeHost {} }`; kept opt-in so that
 * Node programs importing `@oss/shared` do not get a `Window` type.
 */
export interface ShellBridgeHost {
  readonly ossShell?: ShellBridge;
}
