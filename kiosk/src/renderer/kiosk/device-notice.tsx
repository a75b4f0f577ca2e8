// A small line at the foot of the screen for staff when a device of the kiosk shell cannot work
// (its package is missing, pcscd is down, the USB printer is unplugged). Citizens can ignore it:
// taking a ticket works without any device.
import type { DeviceStatus, Lang } from '@oss/shared';
import { deviceProblem } from './card-messages.js';

export function DeviceNotice({ statuses, lang }: { statuses: DeviceStatus[]; lang: Lang }) {
  const lines = statuses.flatMap((s) => deviceProblem(s, lang) ?? []);
  if (lines.length === 0) return null;
  return (
    <footer className="device-notice" data-testid="device-notice">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </footer>
  );
}
