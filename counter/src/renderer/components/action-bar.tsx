// The call-next button and the actions on the current ticket. Each button carries its key, and
// is enabled only when the hub would accept it.
import { pick, type Lang, type Ticket } from '@oss/shared';
import { ACTIONS, isLegal, type ConsoleAction } from '../actions';
import { ACTION_LABELS, t } from '../messages';

export interface CallNextState {
  enabled: boolean;
  /** Why it is disabled, shown under the button. */
  hint: string | null;
}

interface Props {
  current: Ticket | null;
  callNext: CallNextState;
  /** Resume needs a held ticket and a free counter. */
  canResume: boolean;
  busy: boolean;
  confirmingCancel: boolean;
  lang: Lang;
  onCallNext: () => void;
  onAction: (action: ConsoleAction) => void;
}

export function ActionBar({ current, callNext, canResume, busy, confirmingCancel, lang, onCallNext, onAction }: Props) {
  const serving = current?.status === 'serving';
  return (
    <section className="actions">
      <button
        type="button"
        className="btn call-next"
        disabled={!callNext.enabled || busy}
        onClick={onCallNext}
        data-testid="call-next"
      >
        <span className="call-next-label">{t(serving ? 'completeAndCallNext' : 'callNext', lang)}</span>
        <span className="call-next-keys">
          <kbd>Space</kbd> / <kbd>N</kbd>
        </span>
      </button>
      {callNext.hint && (
        <p className="call-next-hint" data-testid="call-next-hint">
          {callNext.hint}
        </p>
      )}
      <div className="action-grid">
        {ACTIONS.map((a) => {
          const legal = a.name === 'resume' ? canResume : isLegal(a.name, current?.status);
          const confirming = a.name === 'cancel' && confirmingCancel;
          return (
            <button
              key={a.name}
              type="button"
              className={`btn action action-${a.tone}${confirming ? ' action-confirming' : ''}`}
              disabled={!legal || busy}
              onClick={() => onAction(a.name)}
              data-testid={`action-${a.name}`}
            >
              <span>{confirming ? t('confirmCancel', lang) : pick(ACTION_LABELS[a.name], lang)}</span>
              {a.keyLabel && <kbd>{a.keyLabel}</kbd>}
            </button>
          );
        })}
      </div>
    </section>
  );
}
