// The hook point for voice calling (a later issue). It receives every live call and recall, in
// the order the hub made them, and hands them one at a time to `speak`, which for now does
// nothing. Calls replayed after a reconnect never get here: they are history, not news.
import type { Localized } from '@oss/shared';

export interface CallAnnouncement {
  number: string;
  counterId: number;
  /** Both names, so a voice can say the Thai one and optionally the English one. */
  counterName: Localized;
  recall: boolean;
}

export type Speak = (call: CallAnnouncement) => Promise<void>;

export interface Announcer {
  onCall: (call: CallAnnouncement) => void;
}

const silent: Speak = () => Promise.resolve();

export function createAnnouncer(speak: Speak = silent): Announcer {
  // A chain, so a call announced while another is being spoken waits its turn.
  let queue = Promise.resolve();
  return {
    onCall(call) {
      queue = queue.then(() => speak(call)).catch(() => undefined);
    },
  };
}
