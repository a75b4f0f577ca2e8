import type { Lang } from '@oss/shared';

export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label="ภาษา / Language">
      <button type="button" aria-pressed={lang === 'th'} data-testid="lang-th" onClick={() => onChange('th')}>
        ไทย
      </button>
      <button type="button" aria-pressed={lang === 'en'} data-testid="lang-en" onClick={() => onChange('en')}>
        EN
      </button>
    </div>
  );
}
