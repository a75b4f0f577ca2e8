// What staff can do to the ticket at their counter, from which status, and the key for it.
// The hub is the judge (server/src/queue/transitions.ts; it answers 409 invalid-transition); this
// only keeps the buttons it would refuse grey.
import type { TicketStatus } from '@oss/shared';

export type ConsoleAction = 'recall' | 'start' | 'complete' | 'no-show' | 'hold' | 'resume' | 'transfer' | 'cancel';

export interface ActionSpec {
  name: ConsoleAction;
  /** Statuses of the ticket the action applies to. */
  from: readonly TicketStatus[];
  /** KeyboardEvent.code values: physical keys, so a Thai keyboard layout works the same. */
  codes: readonly string[];
  /** What the button shows as its key. */
  keyLabel: string | null;
  tone: 'primary' | 'normal' | 'warn' | 'danger';
}

export const ACTIONS: readonly ActionSpec[] = [
  { name: 'recall', from: ['called'], codes: ['KeyR'], keyLabel: 'R', tone: 'normal' },
  { name: 'start', from: ['called'], codes: ['KeyS'], keyLabel: 'S', tone: 'primary' },
  { name: 'complete', from: ['called', 'serving'], codes: ['KeyC'], keyLabel: 'C', tone: 'primary' },
  { name: 'no-show', from: ['called'], codes: ['KeyX'], keyLabel: 'X', tone: 'warn' },
  { name: 'hold', from: ['serving'], codes: ['KeyH'], keyLabel: 'H', tone: 'normal' },
  // Resume acts on the most recently held ticket of this counter, when the counter is free.
  { name: 'resume', from: ['held'], codes: ['KeyU'], keyLabel: 'U', tone: 'normal' },
  { name: 'transfer', from: ['called', 'serving'], codes: ['KeyT'], keyLabel: 'T', tone: 'normal' },
  // No key for cancel: it cannot be undone, so it takes two clicks.
  { name: 'cancel', from: ['called', 'serving'], codes: [], keyLabel: null, tone: 'danger' },
];

export const CALL_NEXT_CODES: readonly string[] = ['Space', 'KeyN'];

/** Reprint the current ticket on the hub's printer. */
export const REPRINT_CODES: readonly string[] = ['KeyP'];

export function isLegal(action: ConsoleAction, status: TicketStatus | null | undefined): boolean {
  const spec = ACTIONS.find((a) => a.name === action);
  return !!spec && !!status && spec.from.includes(status);
}
