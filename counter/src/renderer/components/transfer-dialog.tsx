// Choose the service a ticket moves to; it keeps its number and its place by arrival time.
import { pick, type Lang, type Service, type Ticket } from '@oss/shared';
import { useEffect, useState } from 'react';
import { ACTION_LABELS, t } from '../messages';

interface Props {
  ticket: Ticket;
  services: Service[];
  lang: Lang;
  busy: boolean;
  onTransfer: (serviceId: number, note: string) => void;
  onClose: () => void;
}

export function TransferDialog({ ticket, services, lang, busy, onTransfer, onClose }: Props) {
  const targets = services.filter((s) => s.id !== ticket.serviceId);
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <form
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="transfer-title"
        data-testid="transfer-dialog"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          if (serviceId !== null) onTransfer(serviceId, note.trim());
        }}
      >
        <h2 id="transfer-title">
          {t('transferTitle', lang)}: <span className="mono">{ticket.number}</span>
        </h2>
        <div className="transfer-grid" role="radiogroup">
          {targets.map((s) => (
            <button
              key={s.id}
              type="button"
              role="radio"
              aria-checked={serviceId === s.id}
              className="transfer-option"
              onClick={() => setServiceId(s.id)}
              data-testid={`transfer-service-${s.code}`}
            >
              <strong>{s.code}</strong> {pick(s.name, lang)}
            </button>
          ))}
        </div>
        <label className="transfer-note">
          <span>{t('transferNote', lang)}</span>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} data-testid="transfer-note" />
        </label>
        <div className="dialog-buttons">
          <button type="button" className="btn" onClick={onClose} data-testid="transfer-close">
            {t('close', lang)}
          </button>
          <button type="submit" className="btn btn-primary" disabled={serviceId === null || busy} data-testid="transfer-confirm">
            {pick(ACTION_LABELS.transfer, lang)}
          </button>
        </div>
      </form>
    </div>
  );
}
