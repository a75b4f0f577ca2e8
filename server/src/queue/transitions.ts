// Which ticket actions are legal from which status (docs/design.md §3.4). Anything not listed is refused
// with 409 invalid-transition.
import type { EventType, TicketAction, TicketStatus } from '@oss/shared';
import { AppError } from '../errors.js';

export type Action = TicketAction | 'call' | 'transfer' | 'expire';

interface Rule {
  from: readonly TicketStatus[];
  to: TicketStatus;
  event: EventType;
}

export const TRANSITIONS: Record<Action, Rule> = {
  call: { from: ['waiting', 'transferred'], to: 'called', event: 'ticket.called' },
  recall: { from: ['called'], to: 'called', event: 'ticket.recalled' },
  start: { from: ['called'], to: 'serving', event: 'ticket.started' },
  // Completing a called ticket starts and ends it in one press.
  complete: { from: ['called', 'serving'], to: 'done', event: 'ticket.completed' },
  'no-show': { from: ['called'], to: 'no-show', event: 'ticket.no-show' },
  hold: { from: ['serving'], to: 'held', event: 'ticket.held' },
  resume: { from: ['held'], to: 'serving', event: 'ticket.resumed' },
  return: { from: ['no-show'], to: 'waiting', event: 'ticket.returned' },
  cancel: {
    from: ['waiting', 'transferred', 'called', 'serving', 'held', 'no-show'],
    to: 'cancelled',
    event: 'ticket.cancelled',
  },
  transfer: { from: ['waiting', 'transferred', 'called', 'serving', 'held'], to: 'transferred', event: 'ticket.transferred' },
  expire: { from: ['waiting', 'transferred', 'called', 'held'], to: 'expired', event: 'ticket.expired' },
};

export function transition(action: Action, from: TicketStatus): Rule {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw new AppError(409, 'invalid-transition', `Cannot ${action} a ticket that is ${from}`);
  }
  return rule;
}
