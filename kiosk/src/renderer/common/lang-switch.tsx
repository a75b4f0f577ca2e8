// The ภาษาไทย / English buttons, always visible. Each label is written in its own language so a
// citizen finds theirs without reading the other.
import type { Lang } from '@oss/shared';

interface Props {
  lang: Lang;
  onChange: (lang: Lang) => void;
  className?: string;
}

const CHOICES: Array<{ lang: Lang; label: string }> = [
  { lang: 'th', label: 'ภาษาไทย' },
  { lang: 'en', label: 'English' },
];

export function LangSwitch({ lang, onChange, className }: Props) {
  return (
    <div className={`lang-switch ${className ?? ''}`} role="group" aria-label="ภาษา / Language">
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          className="lang-button"
          aria-pressed={lang === choice.lang}
          data-testid={`lang-${choice.lang}`}
          onClick={() => onChange(choice.lang)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
