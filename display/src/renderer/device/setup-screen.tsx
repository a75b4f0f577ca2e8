// The pairing screen (/display/?setup, or after a wrong ?pair= code): type the code an admin got
// when creating this display, or go on unpaired (every counter, Thai voice).
import { useState, type FormEvent } from 'react';
import { MESSAGES } from '../messages';
import type { DevicePhase } from './use-device';
import type { Paired } from './device-link';

interface Props {
  view: Extract<DevicePhase, { phase: 'setup' | 'pairing' }>;
  device: Paired | null;
  onPair: (code: string) => void;
  onSkip: (unpair: boolean) => void;
}

export function SetupScreen({ view, device, onPair, onSkip }: Props) {
  const [code, setCode] = useState('');
  const busy = view.phase === 'pairing';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) onPair(code);
  };
  return (
    <main className="setup" data-testid="setup">
      <h1>
        {MESSAGES.setupTitle.th} <small>{MESSAGES.setupTitle.en}</small>
      </h1>
      <p>
        {MESSAGES.setupHelp.th}
        <br />
        <small>{MESSAGES.setupHelp.en}</small>
      </p>
      {device && (
        <p data-testid="setup-paired">
          {MESSAGES.pairedAs.th} “{device.name}” · {MESSAGES.pairedAs.en} “{device.name}”
        </p>
      )}
      <form onSubmit={submit}>
        <input
          aria-label="Pairing code"
          data-testid="setup-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="ABCD-EFGH"
          autoComplete="off"
          autoFocus
          disabled={busy}
        />
        <button type="submit" data-testid="setup-pair" disabled={busy}>
          {MESSAGES.pair.th} / {MESSAGES.pair.en}
        </button>
      </form>
      {busy && (
        <p data-testid="setup-busy">
          {MESSAGES.pairing.th} / {MESSAGES.pairing.en}
        </p>
      )}
      {view.phase === 'setup' && view.error && (
        <p className="setup-error" role="alert" data-testid="setup-error">
          {view.error}
        </p>
      )}
      <div className="setup-actions">
        {device && (
          <button type="button" onClick={() => onSkip(false)} disabled={busy}>
            {MESSAGES.keepPairing.th} / {MESSAGES.keepPairing.en}
          </button>
        )}
        <button type="button" data-testid="setup-skip" onClick={() => onSkip(true)} disabled={busy}>
          {MESSAGES.unpaired.th} / {MESSAGES.unpaired.en}
        </button>
      </div>
    </main>
  );
}
