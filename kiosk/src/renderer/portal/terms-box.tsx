// The terms and privacy notice to read, with its version, and the box to tick.
import type { Lang, TermsVersion } from '@oss/shared';
import { Check } from './form.js';
import { P } from './messages.js';

interface Props {
  terms: TermsVersion | null;
  lang: Lang;
  accepted: boolean;
  onAccepted: (accepted: boolean) => void;
}

export function TermsBox({ terms, lang, accepted, onAccepted }: Props) {
  return (
    <fieldset className="terms" data-testid="terms">
      <legend>
        {P.termsTitle[lang]} {terms && `(${P.termsVersion[lang]} ${terms.version})`}
      </legend>
      <div className="terms-text" tabIndex={0} data-testid="terms-text" data-version={terms?.version}>
        {terms ? terms.text[lang] || terms.text.th : P.loading[lang]}
      </div>
      <Check label={P.acceptTerms} lang={lang} checked={accepted} onChange={onAccepted} testId="accept-terms" />
    </fieldset>
  );
}
