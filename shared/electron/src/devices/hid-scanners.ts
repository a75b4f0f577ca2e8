// Main process (Node). QR/barcode scanners and keyboard-emulating ID readers through node-hid.
// node-hid has no plug/unplug events, so the device list is polled (every 2 s): a scanner plugged
// in later is opened at the next poll, and one pulled out ends with a read error and is dropped
// (and reopened if it comes back). node-hid itself is loaded lazily (optional-module.ts).
import type { DeviceStatus, ScanEvent } from '../../../src/shell-bridge.js';
import type { DevicesConfig } from './device-config.js';
import { selectScanners, type HidDeviceInfo, type ScannerTarget } from './hid-selection.js';
import { HidPosScanDecoder } from './hid-pos-decoder.js';
import { KeyboardScanDecoder } from './keyboard-decoder.js';
import { commonJsExports, loadOptional, type Loaded } from './optional-module.js';

const HID_PACKAGE = 'node-hid';
const HID_POLL_MS = 2000;

/** An open device: node-hid's HIDAsync, or a fake in the tests. */
export interface HidHandle {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  close(): Promise<void>;
}

export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

export interface HidScannerOptions {
  readonly config: Pick<DevicesConfig, 'posScanners' | 'scanners'>;
  readonly onScan: (event: ScanEvent) => void;
  readonly onStatus: (status: DeviceStatus) => void;
  readonly log: (message: string) => void;
  /** Defaults to node-hid; tests pass a fake. */
  readonly load?: () => Promise<Loaded<HidBackend>>;
  readonly pollMs?: number;
}

/** The parts of node-hid used here. */
interface NodeHid {
  devicesAsync(): Promise<HidDeviceInfo[]>;
  HIDAsync: { open(path: string, options: { nonExclusive: boolean }): Promise<HidHandle> };
}

const isNodeHid = (m: unknown): m is NodeHid =>
  typeof m === 'object' &&
  m !== null &&
  'devicesAsync' in m &&
  typeof m.devicesAsync === 'function' &&
  'HIDAsync' in m &&
  typeof m.HIDAsync === 'function' &&
  'open' in m.HIDAsync &&
  typeof m.HIDAsync.open === 'function';

async function loadNodeHid(): Promise<Loaded<HidBackend>> {
  const loaded = await loadOptional(HID_PACKAGE);
  if (!loaded.ok) return loaded;
  const hid = commonJsExports(loaded.module);
  if (!isNodeHid(hid)) return { ok: false, package: HID_PACKAGE, message: `${HID_PACKAGE} has an unexpected shape` };
  return {
    ok: true,
    module: {
      devices: () => hid.devicesAsync(),
      // Shared access where the OS allows it, so a scanner the OS also reads can still be opened.
      open: (path) => hid.HIDAsync.open(path, { nonExclusive: true }),
    },
  };
}

/** A report handler for one device, calling `scanned` with each finished scan's text. */
function decoderFor(mode: ScannerTarget['mode'], scanned: (text: string) => void): (report: Uint8Array) => void {
  if (mode === 'keyboard') {
    const keyboard = new KeyboardScanDecoder();
    return (report) => keyboard.push(report).forEach(scanned);
  }
  const pos = new HidPosScanDecoder();
  return (report) => pos.push(report).forEach((scan) => scanned(scan.text));
}

interface Open {
  readonly target: ScannerTarget;
  readonly handle: HidHandle;
}

export function startHidScanners(options: HidScannerOptions): { stop(): Promise<void> } {
  const { config, onScan, onStatus, log } = options;
  const open = new Map<string, Open>();
  /** Paths that failed to open, with the message (logged once, retried at every poll). */
  const failed = new Map<string, string>();
  let backend: HidBackend | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let polling = false;
  let stopped = false;
  let last = '';

  const report = (status: DeviceStatus): void => {
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    onStatus(status);
  };
  const reportState = (): void => {
    if (open.size > 0) {
      report({ kind: 'scanner', state: 'ready', name: [...open.values()].map((o) => o.target.label).join(', ') });
    } else if (failed.size > 0) {
      report({ kind: 'scanner', state: 'error', message: [...failed.values()][0] ?? 'cannot open the scanner' });
    } else {
      report({ kind: 'scanner', state: 'no-device', message: 'no scanner connected' });
    }
  };

  const drop = (path: string): void => {
    const o = open.get(path);
    if (!o) return;
    open.delete(path);
    void o.handle.close().catch(() => undefined);
  };

  const attach = async (hid: HidBackend, target: ScannerTarget): Promise<void> => {
    let handle: HidHandle;
    try {
      handle = await hid.open(target.path);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      const message = `cannot open scanner ${target.label} (${target.path}): ${text}; on Linux install the udev rule from docs/electron-shells.md`;
      if (failed.get(target.path) !== message) log(message);
      failed.set(target.path, message);
      return;
    }
    if (stopped) {
      await handle.close().catch(() => undefined);
      return;
    }
    failed.delete(target.path);
    const source = target.mode === 'keyboard' ? 'keyboard' : 'hid-pos';
    handle.on(
      'data',
      decoderFor(target.mode, (text) => onScan({ text, source, device: target.device })),
    );
    handle.on('error', (err) => {
      // Unplugged (or the OS took it away): forget it; the next poll reopens it if it is back.
      log(`scanner ${target.label} went away: ${err instanceof Error ? err.message : String(err)}`);
      drop(target.path);
      reportState();
    });
    open.set(target.path, { target, handle });
    log(`scanner ${target.label} open (${target.mode})`);
  };

  const poll = async (): Promise<void> => {
    if (polling || stopped || !backend) return;
    polling = true;
    try {
      const targets = selectScanners(await backend.devices(), config);
      const present = new Set(targets.map((t) => t.path));
      for (const path of [...open.keys()]) if (!present.has(path)) drop(path);
      for (const path of [...failed.keys()]) if (!present.has(path)) failed.delete(path);
      for (const target of targets) if (!open.has(target.path)) await attach(backend, target);
      reportState();
    } catch (err) {
      report({
        kind: 'scanner',
        state: 'error',
        message: `cannot list HID devices: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      polling = false;
    }
  };

  const started = (async () => {
    const loaded = await (options.load ?? loadNodeHid)();
    if (stopped) return;
    if (!loaded.ok) {
      log(`scanners off: ${loaded.message}`);
      report({ kind: 'scanner', state: 'missing-package', package: loaded.package, message: loaded.message });
      return;
    }
    backend = loaded.module;
    await poll();
    timer = setInterval(() => void poll(), options.pollMs ?? HID_POLL_MS);
  })();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await started.catch(() => undefined);
      await Promise.all([...open.values()].map((o) => o.handle.close().catch(() => undefined)));
      open.clear();
    },
  };
}
