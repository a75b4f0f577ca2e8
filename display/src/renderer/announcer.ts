// The voice queue. It receives every live call and recall in the order the hub made them and
// hands them to `speak` one at a time, each to its end (a call is never cut off by the next).
// News only: a call that waited too long is dropped rather than said late, and a recall of a
// ticket that is still waiting its turn replaces that entry instead of being said twice.
// Calls replayed after a reconnect never get here (the board filters them with `replayed`).
import type { Localized } from '@oss/shared';

export interface CallAnnouncement {
  ticketId: number;
  number: string;
  counterId: number;
  /** Both names, so a voice can say the Thai one and optionally the English one. */
  counterName: Localized;
  recall: boolean;
  /** When the hub made the call (its clock, ISO 8601). */
  at: string;
  /** When this screen heard of it (Date.now()). */
  receivedAt: number;
}

export type Speak = (call: CallAnnouncement) => Promise<void>;

export type SkipReason = 'stale' | 'duplicate' | 'overflow';

export interface AnnouncerOptions {
  /** A call older than this when its turn comes is not said (default 30 s). */
  maxAgeMs?: number;
  /** How old a call is now, in ms; defaults to the time since it was received. */
  ageOf?: (call: CallAnnouncement) => number;
  /** At most this many calls wait; beyond, the oldest is dropped (default 20). */
  maxPending?: number;
  onSkip?: (call: CallAnnouncement, reason: SkipReason) => void;
}

export interface Announcer {
  onCall: (call: CallAnnouncement) => void;
  /** Calls waiting (not counting the one being said). */
  pending: () => number;
}

const silent: Speak = () => Promise.resolve();

export function createAnnouncer(speak: Speak = silent, opts: AnnouncerOptions = {}): Announcer {
  const maxAgeMs = opts.maxAgeMs ?? 30_000;
  const maxPending = opts.maxPending ?? 20;
  const ageOf = opts.ageOf ?? ((call) => Date.now() - call.receivedAt);
  const queue: CallAnnouncement[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      for (let call = queue.shift(); call; call = queue.shift()) {
        if (ageOf(call) > maxAgeMs) {
          opts.onSkip?.(call, 'stale');
          continue;
        }
        try {
          await speak(call);
        } catch {
          // A voice that failed (no audio device, a missing clip) must not stop the calls after it.
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    onCall(call) {
      const waiting = queue.findIndex((c) => c.ticketId === call.ticketId);
      if (waiting >= 0) {
        // Keeps its place in the line, with the latest counter and time.
        opts.onSkip?.(queue[waiting]!, 'duplicate');
        queue[waiting] = call;
      } else {
        queue.push(call);
        const dropped = queue.length > maxPending ? queue.shift() : undefined;
        if (dropped) opts.onSkip?.(dropped, 'overflow');
      }
      if (!running) void drain();
    },
    pending: () => queue.length,
  };
}
