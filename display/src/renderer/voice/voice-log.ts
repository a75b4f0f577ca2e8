// With ?voicelog=1 the board records what its voice does in window.ossVoiceLog, for tests and for
// whoever sets up a TV and wants to see why it is silent. Bounded: a board runs for days.
type VoiceLogEvent = 'start' | 'end' | 'skip' | 'blocked' | 'failed';

export interface VoiceLogEntry {
  event: VoiceLogEvent;
  number: string;
  counterId: number;
  recall: boolean;
  /** start: how it is said. */
  engine?: 'clips' | 'speech' | 'stub';
  clips?: string[];
  urls?: string[];
  /** skip: replayed, stale, duplicate, overflow; failed: the error. */
  reason?: string;
  /** performance.now() */
  t: number;
}

declare global {
  interface Window {
    ossVoiceLog?: VoiceLogEntry[];
  }
}

export const VOICE_LOG_KEPT = 500;

export type VoiceLog = (entry: Omit<VoiceLogEntry, 't'>) => void;

export function createVoiceLog(enabled: boolean): VoiceLog {
  if (!enabled) return () => undefined;
  const log: VoiceLogEntry[] = (window.ossVoiceLog ??= []);
  return (entry) => {
    log.push({ ...entry, t: performance.now() });
    if (log.length > VOICE_LOG_KEPT) log.splice(0, log.length - VOICE_LOG_KEPT);
  };
}
