// The one-time pairing code, as large as a person across the room can read and type it.
import { formatDate, formatTime, type DevicePairingResponse, type Lang } from '@oss/shared';
import { a } from './admin-messages';
import { localZone } from './parts';

export function PairingCode({ pairing, lang, onClose }: { pairing: DevicePairingResponse; lang: Lang; onClose: () => void }) {
  const expires = new Date(pairing.expiresAt);
  const until = `${formatDate(expires, lang, localZone(), 'short')} ${formatTime(expires, localZone())}`;
  return (
    <section className="card manage-card pairing" role="status" aria-labelledby="pairing-title" data-testid="pairing">
      <h2 id="pairing-title">
        {a('pairingCode', lang)}: {pairing.device.name}
      </h2>
      <p className="pairing-code mono" data-testid="pairing-code">
        {pairing.pairingCode}
      </p>
      <p>{a('pairingHint', lang).replace('{time}', until)}</p>
      <button type="button" className="btn" onClick={onClose} data-testid="pairing-close">
        {lang === 'th' ? 'จดแล้ว ปิด' : 'Noted, close'}
      </button>
    </section>
  );
}
