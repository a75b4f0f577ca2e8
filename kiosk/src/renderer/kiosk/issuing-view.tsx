// While the ticket is being issued: a spinner and words, and nothing to tap twice.
import type { Lang } from '@oss/shared';
import { M } from './messages.js';

export function IssuingView({ lang }: { lang: Lang }) {
  return (
    <section className="issuing" role="status" aria-live="polite" data-testid="issuing">
      <div className="spinner" aria-hidden="true" />
      <p>{M.issuing[lang]}</p>
    </section>
  );
}
