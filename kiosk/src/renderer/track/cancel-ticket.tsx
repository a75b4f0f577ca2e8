// Cancelling from the phone, with a confirmation step so a stray tap never loses a place.
import type { Lang, TrackedTicket } from '@oss/shared';
import type { Api } from '@oss/shared/client';
import { useState } from 'react';
import { T } from './messages.js';

interface Props {
  api: Api;
  code: string;
  lang: Lang;
  onCancelled: (ticket: TrackedTicket) => void;
}

export function CancelTicket({ api, code, lang, onCancelled }: Props) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'failed'>('idle');
  const cancel = () => {
    setStep('busy');
    api.cancelByCitizen(code).then(
      ({ ticket }) => onCancelled(ticket),
      () => setStep('failed'),
    );
  };

  if (step === 'confirm' || step === 'busy') {
    return (
      <section className="card confirm" role="alertdialog" aria-labelledby="cancel-q" data-testid="cancel-dialog">
        <p id="cancel-q">{T.cancelConfirm[lang]}</p>
        <div className="row">
          <button type="button" className="button danger" data-testid="cancel-yes" disabled={step === 'busy'} onClick={cancel}>
            {T.cancelYes[lang]}
          </button>
          <button
            type="button"
            className="button"
            data-testid="cancel-no"
            disabled={step === 'busy'}
            onClick={() => setStep('idle')}
          >
            {T.cancelNo[lang]}
          </button>
        </div>
      </section>
    );
  }
  return (
    <div className="cancel-area">
      {step === 'failed' && (
        <p className="error-text" role="alert">
          {T.cancelFailed[lang]}
        </p>
      )}
      <button type="button" className="button outline-danger" data-testid="cancel" onClick={() => setStep('confirm')}>
        {T.cancel[lang]}
      </button>
    </div>
  );
}
