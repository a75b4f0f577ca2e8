// Renderer. The citizen whose ID card the kiosk read, for as long as they use the kiosk: a
// greeting by first name, the masked number, and the elderly priority to preselect. Taking the
// card out keeps the session (people pull the card as soon as they are greeted); the next citizen
// starts clean (Done, or the idle return). A number typed by a keyboard-emulating reader counts as
// a card without a name or date of birth.
import { businessDayOf, type CardEvent, type ThaiIdCard } from '@oss/shared';
import { useCallback, useRef, useState } from 'react';
import { cardFromScan, checkCard } from './citizen-card.js';

export type CardProblem = 'bad-checksum' | 'card-unreadable' | 'not-thai-id';

export type CardSession =
  | { readonly kind: 'none' }
  /** `id` changes with every card, so screens can start afresh for it (React `key`). */
  | {
      readonly kind: 'citizen';
      readonly id: number;
      readonly firstName: string;
      readonly maskedId: string;
      readonly elderly: boolean;
    }
  | { readonly kind: 'problem'; readonly id: number; readonly problem: CardProblem };

export interface CardSessionApi {
  card: CardSession;
  /** A card event from the shell. Returns true when a card (good or bad) arrived. */
  onCard: (event: CardEvent) => boolean;
  /** A scan; returns true when it was an ID number (and so handled here). */
  onScanText: (text: string) => boolean;
  clear: () => void;
}

export function useCardSession(timeZone: string): CardSessionApi {
  const [card, setCard] = useState<CardSession>({ kind: 'none' });
  const next = useRef(0);

  const accept = useCallback(
    (read: ThaiIdCard): void => {
      const checked = checkCard(read, businessDayOf(new Date(), timeZone));
      const id = ++next.current;
      setCard(
        checked.ok
          ? { kind: 'citizen', id, firstName: checked.firstName, maskedId: checked.maskedId, elderly: checked.elderly }
          : { kind: 'problem', id, problem: checked.reason },
      );
    },
    [timeZone],
  );

  const onCard = useCallback(
    (event: CardEvent): boolean => {
      if (event.type === 'inserted') accept(event.card);
      else if (event.type === 'error') setCard({ kind: 'problem', id: ++next.current, problem: event.code });
      return event.type !== 'removed';
    },
    [accept],
  );

  const onScanText = useCallback(
    (text: string): boolean => {
      const read = cardFromScan(text);
      if (read) accept(read);
      return read !== null;
    },
    [accept],
  );

  const clear = useCallback(() => setCard({ kind: 'none' }), []);
  return { card, onCard, onScanText, clear };
}
