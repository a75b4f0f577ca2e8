// Main process. The kiosk's device packages (node-hid, @pokusew/pcsclite, escpos-usb + usb) are
// optional native modules: a PC without a compiler, a build for another Electron version or a
// package left out of the install must disable that one device, not stop the shell. Each is
// therefore loaded on first use, with dynamic import inside try/catch, and a failure is reported
// as which package is missing. They are imported by a name held in a variable, never a literal:
// the compiler then needs neither the package nor its typings, so the shells build on a machine
// where npm skipped them (no headers to compile against). Each caller checks the shape it uses.

export type Loaded<T> =
  { readonly ok: true; readonly module: T } | { readonly ok: false; readonly package: string; readonly message: string };

/** Loads `packageName` if it is installed and built for this runtime; the module is untyped. */
export async function loadOptional(packageName: string): Promise<Loaded<unknown>> {
  try {
    return { ok: true, module: (await import(packageName)) as unknown };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    // A native module built for plain Node rather than this Electron says NODE_MODULE_VERSION.
    const why = /NODE_MODULE_VERSION|was compiled against/.test(text)
      ? `${packageName} is built for another Node/Electron version: run @electron/rebuild`
      : /Cannot find (module|package)|ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND/.test(text)
        ? `${packageName} is not installed`
        : `${packageName} failed to load: ${text}`;
    return { ok: false, package: packageName, message: why };
  }
}

/** A CommonJS package's exports as dynamic import gives them (`default` is module.exports). */
export function commonJsExports(module: unknown): unknown {
  if (typeof module === 'object' && module !== null && 'default' in module) return module.default;
  return module;
}
