// The scanner watcher against a fake node-hid: which devices it opens, hot-plug by polling,
// a scanner pulled out, a device it may not open, and node-hid missing altogether.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceStatus, ScanEvent } from '../../../src/shell-bridge.js';
import { DevicesConfigSchema } from '../../src/devices/device-config.js';
import { selectScanners, type HidDeviceInfo } from '../../src/devices/hid-selection.js';
import { startHidScanners, type HidBackend, type HidHandle } from '../../src/devices/hid-scanners.js';
import { readRecording } from './recording.js';

const POS: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b61,
  path: '/dev/hidraw1',
  usagePage: 0x8c,
  usage: 0x02,
  product: '1450g',
};
const WEDGE_KBD: HidDeviceInfo = { vendorId: 0x1eab, productId: 0x0d22, path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06 };
const WEDGE_CONSUMER: HidDeviceInfo = { vendorId: 0x1eab, productId: 0x0d22, path: '/dev/hidraw3', usagePage: 0x0c, usage: 0x01 };
const REAL_KEYBOARD: HidDeviceInfo = { vendorId: 0x046d, productId: 0xc31c, path: '/dev/hidraw4', usagePage: 0x01, usage: 0x06 };
const TOUCHSCREEN: HidDeviceInfo = { vendorId: 0x0eef, productId: 0x0001, path: '/dev/hidraw5', usagePage: 0x0d, usage: 0x04 };

const config = DevicesConfigSchema.parse({ scanners: [{ vendorId: '1eab', productId: '0d22', mode: 'keyboard' }] });

class FakeHandle extends EventEmitter implements HidHandle {
  closed = false;
  async close(): Promise<void> {
    this.closed = true;
  }
}

function fakeHid() {
  const present: HidDeviceInfo[] = [];
  const handles = new Map<string, FakeHandle>();
  const refuse = new Set<string>();
  const backend: HidBackend = {
    devices: async () => [...present],
    open: async (path) => {
      if (refuse.has(path)) throw new Error(`cannot open device with path ${path}`);
      const h = new FakeHandle();
      handles.set(path, h);
      return h;
    },
  };
  return { present, handles, refuse, backend };
}

describe('selectScanners', () => {
  it('reads HID POS scanners by usage page and keyboard devices only when listed, keyboard interface only', () => {
    const chosen = selectScanners([POS, WEDGE_KBD, WEDGE_CONSUMER, REAL_KEYBOARD, TOUCHSCREEN, { ...POS }], config);
    expect(chosen).toEqual([
      { path: '/dev/hidraw1', mode: 'pos', device: '0c2e:0b61', label: '0c2e:0b61 1450g' },
      { path: '/dev/hidraw2', mode: 'keyboard', device: '1eab:0d22', label: '1eab:0d22' },
    ]);
    expect(selectScanners([POS], { ...config, posScanners: false })).toEqual([]);
    // A back end without usage pages: a listed device is taken as it is.
    expect(selectScanners([{ vendorId: 0x1eab, productId: 0x0d22, path: 'p' }], config)).toHaveLength(1);
  });
});

describe('startHidScanners', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('opens scanners plugged in later, decodes their reports, and drops one that is pulled out', async () => {
    const hid = fakeHid();
    const scans: ScanEvent[] = [];
    const statuses: DeviceStatus[] = [];
    const logs: string[] = [];
    const watcher = startHidScanners({
      config,
      onScan: (e) => scans.push(e),
      onStatus: (s) => statuses.push(s),
      log: (m) => logs.push(m),
      load: async () => ({ ok: true, module: hid.backend }),
    });
    await vi.waitFor(() =>
      expect(statuses.at(-1)).toEqual({ kind: 'scanner', state: 'no-device', message: 'no scanner connected' }),
    );

    hid.present.push(POS, WEDGE_KBD, REAL_KEYBOARD);
    await vi.advanceTimersByTimeAsync(2000);
    expect([...hid.handles.keys()]).toEqual(['/dev/hidraw1', '/dev/hidraw2']);
    expect(statuses.at(-1)).toEqual({ kind: 'scanner', state: 'ready', name: '0c2e:0b61 1450g, 1eab:0d22' });

    for (const r of readRecording('hid/hid-pos-scans.txt').slice(0, 1)) hid.handles.get('/dev/hidraw1')?.emit('data', r);
    for (const r of readRecording('hid/keyboard-citizen-id.txt')) hid.handles.get('/dev/hidraw2')?.emit('data', r);
    expect(scans).toEqual([
      { text: 'OSSB:ABC123', source: 'hid-pos', device: '0c2e:0b61' },
      { text: '3101500123459', source: 'keyboard', device: '1eab:0d22' },
    ]);

    // Pulled out: node-hid's read fails; the device is closed and forgotten.
    hid.present.splice(0, 1);
    hid.handles.get('/dev/hidraw1')?.emit('error', new Error('could not read from HID device'));
    expect(hid.handles.get('/dev/hidraw1')?.closed).toBe(true);
    expect(statuses.at(-1)).toEqual({ kind: 'scanner', state: 'ready', name: '1eab:0d22' });

    // Plugged back in: the next poll opens it again.
    hid.present.push(POS);
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)?.name).toContain('0c2e:0b61');

    const last = hid.handles.get('/dev/hidraw2');
    await watcher.stop();
    expect(last?.closed).toBe(true);
  });

  it('reports a device it may not open, once, and recovers when it can', async () => {
    const hid = fakeHid();
    hid.present.push(POS);
    hid.refuse.add('/dev/hidraw1');
    const statuses: DeviceStatus[] = [];
    const logs: string[] = [];
    const watcher = startHidScanners({
      config,
      onScan: () => undefined,
      onStatus: (s) => statuses.push(s),
      log: (m) => logs.push(m),
      load: async () => ({ ok: true, module: hid.backend }),
    });
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('error'));
    expect(statuses.at(-1)?.message).toMatch(/cannot open scanner 0c2e:0b61 1450g .*udev rule/);
    await vi.advanceTimersByTimeAsync(4000);
    expect(logs.filter((l) => l.startsWith('cannot open'))).toHaveLength(1);
    hid.refuse.clear();
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)?.state).toBe('ready');
    await watcher.stop();
  });

  it('says which package is missing and does nothing else', async () => {
    const statuses: DeviceStatus[] = [];
    const watcher = startHidScanners({
      config,
      onScan: () => undefined,
      onStatus: (s) => statuses.push(s),
      log: () => undefined,
      load: async () => ({ ok: false, package: 'node-hid', message: 'node-hid is not installed' }),
    });
    await vi.waitFor(() => expect(statuses).toHaveLength(1));
    expect(statuses[0]).toEqual({
      kind: 'scanner',
      state: 'missing-package',
      package: 'node-hid',
      message: 'node-hid is not installed',
    });
    await watcher.stop();
  });
});
