// The ID card's line above the screen's content: an invitation to insert the card (only when the
// shell has a working reader), the greeting by first name with the masked number once a card is
// read, or what went wrong with it. Never the full ID number, never the surname.
import type { Lang } from '@oss/shared';
import './card.css';
import { CARD_PROBLEMS, CM, greeting } from './card-messages.js';
import type { CardSession } from './use-card-session.js';

interface Props {
  card: CardSession;
  /** A reader is connected and working: the card path is offered. */
  readerReady: boolean;
  lang: Lang;
}

export function CardBanner({ card, readerReady, lang }: Props) {
  if (card.kind === 'citizen') {
    return (
      <section className="card-banner citizen" role="status" data-testid="card-greeting">
        <p className="card-greeting">
          {greeting(card.firstName, lang)}
          <span className="card-masked" data-testid="card-masked-id">
            {card.maskedId}
          </span>
        </p>
        {card.elderly && (
          <p className="card-elderly" data-testid="card-elderly">
            {CM.elderly[lang]}
          </p>
        )}
        <p className="card-take">{CM.takeCard[lang]}</p>
      </section>
    );
  }
  if (card.kind === 'problem') {
    return (
      <section className="card-banner problem" role="alert" data-testid="card-error" data-card-error={card.problem}>
        <p>{CARD_PROBLEMS[card.problem][lang]}</p>
      </section>
    );
  }
  if (!readerReady) return null;
  return (
    <section className="card-banner hint" data-testid="card-hint">
      <span className="card-icon" aria-hidden="true" />
      <p>{CM.hint[lang]}</p>
    </section>
  );
}
