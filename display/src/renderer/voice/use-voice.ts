// The board's voice as a React hook: one speaker per voice setting (rebuilt when an admin changes
// it), a stable `speak` for the announcer, and whether the browser wants a tap before it plays.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallAnnouncement } from '../announcer';
import { createSpeaker, type Speaker } from './speaker';
import { createVoiceLog, type VoiceLog } from './voice-log';
import { voiceKey, type VoiceSettings } from './voice-settings';

// Longer than the longest call (Thai and English, about 20 s).
const SPEAKER_GRACE_MS = 30_000;

export interface Voice {
  speak: (call: CallAnnouncement) => Promise<void>;
  log: VoiceLog;
  /** play() was refused: show the "tap to enable sound" overlay. */
  blocked: boolean;
  unlock: () => void;
}

export function useVoice(settings: VoiceSettings): Voice {
  const [blocked, setBlocked] = useState(false);
  const key = voiceKey(settings);
  const log = useMemo(() => createVoiceLog(settings.log), [settings.log]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt when the settings' content changes, not their identity
  const speaker = useMemo<Speaker>(() => createSpeaker(settings, { onBlocked: () => setBlocked(true), log }), [key, log]);
  const current = useRef(speaker);

  useEffect(() => {
    current.current = speaker;
    // Not at once: a call it is saying right now is let finish (a call is never cut off).
    return () => void setTimeout(() => speaker.close(), SPEAKER_GRACE_MS);
  }, [speaker]);

  const speak = useCallback((call: CallAnnouncement) => current.current.speak(call), []);
  const unlock = useCallback(() => {
    setBlocked(false);
    void current.current.unlock();
  }, []);
  return { speak, log, blocked, unlock };
}
