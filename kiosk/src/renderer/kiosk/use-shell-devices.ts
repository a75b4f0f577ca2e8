// Renderer. Follows the kiosk shell's devices: their status (hot-plug, missing packages) and
// their events (an ID card, a scan). In a plain browser there is no shell: no statuses, no events.
import type { CardEvent, DeviceStatus, ScanEvent, ShellDevices } from '@oss/shared';
import { useEffect, useRef, useState } from 'react';
import { shellDevices } from '../common/shell.js';

export interface DeviceHandlers {
  onCard: (event: CardEvent) => void;
  onScan: (event: ScanEvent) => void;
}

export function useShellDevices(handlers: DeviceHandlers): { devices: ShellDevices | undefined; statuses: DeviceStatus[] } {
  const [devices] = useState(shellDevices);
  const [statuses, setStatuses] = useState<DeviceStatus[]>([]);
  // The latest handlers, without resubscribing on every render.
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!devices) return;
    let live = true;
    const offStatus = devices.onStatus((next) => setStatuses(next));
    const offCard = devices.onCard((event) => handlersRef.current.onCard(event));
    const offScan = devices.onScan((event) => handlersRef.current.onScan(event));
    // Subscribed first, then asked: a change in between is not lost (the answer is at worst older).
    devices.status().then(
      (now) => {
        if (live) setStatuses((seen) => (seen.length > 0 ? seen : now));
      },
      () => undefined,
    );
    return () => {
      live = false;
      offStatus();
      offCard();
      offScan();
    };
  }, [devices]);

  return { devices, statuses };
}
