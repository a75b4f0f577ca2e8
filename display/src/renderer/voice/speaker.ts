// Says one call: picks the voice (a clip set, or the Web Speech API when set to or when no clip
// set is there), plays it to its end, and reports a browser that refuses to play without a tap.
import type { CallAnnouncement, Speak } from '../announcer';
import { callScript, counterNumber } from './call-script';
import { AutoplayBlockedError, createClipPlayer } from './clip-player';
import { canSpeak, speakParts, unlockSpeech } from './speech-player';
import { loadClipUrls, urlsFor, type ClipUrls } from './voice-sets';
import type { VoiceLog } from './voice-log';
import type { VoiceSettings } from './voice-settings';

export interface Speaker {
  speak: Speak;
  /** After a tap on the "enable sound" overlay. */
  unlock: () => Promise<void>;
  close: () => void;
}

export interface SpeakerEvents {
  onBlocked: () => void;
  log: VoiceLog;
}

export function createSpeaker(settings: VoiceSettings, { onBlocked, log }: SpeakerEvents): Speaker {
  const player = createClipPlayer(settings.rate);
  let clipUrls: Promise<ClipUrls | null> | null = null;
  const warned = new Set<string>();
  const warnOnce = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(message);
  };

  // Loaded on the first call; a hub that could not be reached is asked again on the next one.
  const urls = () =>
    (clipUrls ??= loadClipUrls(settings.set).catch((err: unknown) => {
      clipUrls = null;
      warnOnce(`voice: could not list the voice sets (${String(err)})`);
      return null;
    }));

  async function say(call: CallAnnouncement): Promise<void> {
    const who = { number: call.number, counterId: call.counterId, recall: call.recall };
    if (settings.stub) {
      log({ ...who, event: 'start', engine: 'stub' });
      log({ ...who, event: 'end' });
      return;
    }
    const script = callScript(call.number, counterNumber(call.counterName, call.counterId), settings);
    const map = await urls();
    const clips = map && urlsFor(map, script.clips);
    const speech = settings.engine === 'speech' || !clips ? await canSpeak(settings.languages) : false;
    if (speech) {
      if (!clips && settings.engine === 'clips') {
        warnOnce('voice: the clip set is missing or incomplete (was espeak-ng there at build time?); using the Web Speech API');
      }
      log({ ...who, event: 'start', engine: 'speech', clips: script.clips });
      const chime = map && urlsFor(map, ['chime']);
      if (chime) await player.play(chime);
      await speakParts(script.speech, settings.rate);
    } else if (clips) {
      log({ ...who, event: 'start', engine: 'clips', clips: script.clips, urls: clips });
      await player.play(clips);
    } else {
      warnOnce('voice: no clip set and no speech voice for these languages: calls are shown but not said');
      log({ ...who, event: 'failed', reason: 'no-voice' });
      return;
    }
    log({ ...who, event: 'end' });
  }

  return {
    async speak(call) {
      try {
        await say(call);
      } catch (err) {
        const who = { number: call.number, counterId: call.counterId, recall: call.recall };
        if (err instanceof AutoplayBlockedError) {
          log({ ...who, event: 'blocked' });
          warnOnce('voice: the browser blocks sound until someone taps the screen (autoplay policy); asking for a tap');
          onBlocked();
          return;
        }
        log({ ...who, event: 'failed', reason: String(err) });
        warnOnce(`voice: ${String(err)}`);
      }
    },
    async unlock() {
      unlockSpeech();
      await player.unlock();
    },
    close: () => player.close(),
  };
}
