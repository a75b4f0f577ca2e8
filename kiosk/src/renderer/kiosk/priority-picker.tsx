// Who the ticket is for: general or one of the priority groups served first (docs/design.md §3.5).
import { PRIORITY_LABELS, Priority, type Lang } from '@oss/shared';
import { M } from './messages.js';

interface Props {
  value: Priority;
  lang: Lang;
  onChange: (priority: Priority) => void;
}

export function PriorityPicker({ value, lang, onChange }: Props) {
  return (
    <section className="panel" aria-labelledby="priority-title">
      <h2 id="priority-title">{M.priorityTitle[lang]}</h2>
      <p className="panel-hint">{M.priorityHint[lang]}</p>
      <div className="priority-grid" role="radiogroup" aria-labelledby="priority-title">
        {Priority.options.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={value === p}
            className={`priority-button${p === 'none' ? ' general' : ''}`}
            data-testid={`priority-${p}`}
            onClick={() => onChange(p)}
          >
            <span className="priority-check" aria-hidden="true">
              {value === p ? '✓' : ''}
            </span>
            {PRIORITY_LABELS[p][lang]}
          </button>
        ))}
      </div>
    </section>
  );
}
