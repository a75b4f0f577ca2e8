// Choosing services in an order (a counter's services; a kiosk's or display's): ticked ones first,
// in their order, with up/down; unticked below.
import { pick, type Lang, type Localized } from '@oss/shared';
import { a } from './admin-messages';

export interface Choice {
  id: number;
  label: Localized;
  code?: string;
}

interface Props {
  legend: string;
  choices: Choice[];
  selected: number[];
  onChange: (selected: number[]) => void;
  lang: Lang;
  /** Whether order matters (a counter's services do; a display's counters do not). */
  ordered?: boolean;
  error?: string | null;
  testId?: string;
}

export function OrderedChoice({ legend, choices, selected, onChange, lang, ordered = true, error, testId }: Props) {
  const chosen = selected.map((id) => choices.find((c) => c.id === id)).filter((c): c is Choice => !!c);
  const rest = choices.filter((c) => !selected.includes(c.id));
  const move = (i: number, by: -1 | 1) => {
    const next = [...selected];
    const [id] = next.splice(i, 1);
    if (id !== undefined) next.splice(i + by, 0, id);
    onChange(next);
  };
  const row = (c: Choice, i: number | null) => (
    <li key={c.id} className="choice-row">
      <label className="check">
        <input
          type="checkbox"
          checked={i !== null}
          onChange={(e) => onChange(e.target.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))}
          data-testid={testId ? `${testId}-${c.code ?? c.id}` : undefined}
        />
        <span>
          {c.code && <strong className="mono">{c.code} </strong>}
          {pick(c.label, lang)}
        </span>
      </label>
      {ordered && i !== null && (
        <span className="row-buttons">
          <button
            type="button"
            className="btn btn-small"
            disabled={i === 0}
            onClick={() => move(i, -1)}
            aria-label={`${a('moveUp', lang)}: ${pick(c.label, lang)}`}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={i === chosen.length - 1}
            onClick={() => move(i, 1)}
            aria-label={`${a('moveDown', lang)}: ${pick(c.label, lang)}`}
          >
            ↓
          </button>
        </span>
      )}
    </li>
  );
  return (
    <fieldset className="field-wide choices" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <ol>
        {chosen.map((c, i) => row(c, i))}
        {rest.map((c) => row(c, null))}
      </ol>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
