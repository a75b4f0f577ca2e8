// The Web Speech API as a voice: used when set to (and the browser has a Thai voice), or as the
// fallback when no clip set could be loaded. Each part is said in its own language, in order.
import type { ClipLang } from '@oss/shared';
import { AutoplayBlockedError } from './clip-player';
import type { SpeechPart } from './call-script';

const LOCALES: Record<ClipLang, string> = { th: 'th-TH', en: 'en-US' };
// Voices load asynchronously in Chromium; this long is enough on a slow TV box.
const VOICES_WAIT_MS = 1500;
// An utterance that never ends (a stuck engine) must not hold the queue forever.
const PART_TIMEOUT_MS = 20_000;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The browser's voices, waiting once for them to load. */
async function speechVoices(): Promise<SpeechSynthesisVoice[]> {
  const s = synth();
  if (!s) return [];
  const now = s.getVoices();
  if (now.length > 0) return now;
  await new Promise<void>((resolve) => {
    const done = () => {
      s.removeEventListener('voiceschanged', done);
      resolve();
    };
    s.addEventListener('voiceschanged', done);
    setTimeout(done, VOICES_WAIT_MS);
  });
  return s.getVoices();
}

function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: ClipLang): SpeechSynthesisVoice | null {
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang)) ?? null;
}

/** True when the browser can speak every one of these languages. */
export async function canSpeak(langs: readonly ClipLang[]): Promise<boolean> {
  const voices = await speechVoices();
  return langs.every((l) => voiceFor(voices, l) !== null);
}

function sayOne(s: SpeechSynthesis, part: SpeechPart, voice: SpeechSynthesisVoice | null, rate: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const u = new SpeechSynthesisUtterance(part.text);
    u.lang = voice?.lang ?? LOCALES[part.lang];
    if (voice) u.voice = voice;
    u.rate = Math.min(rate, 10);
    const timer = setTimeout(() => {
      s.cancel();
      resolve();
    }, PART_TIMEOUT_MS);
    u.onend = () => {
      clearTimeout(timer);
      resolve();
    };
    u.onerror = (e) => {
      clearTimeout(timer);
      if (e.error === 'not-allowed') reject(new AutoplayBlockedError());
      else if (e.error === 'interrupted' || e.error === 'canceled') resolve();
      else reject(new Error(`speech: ${e.error}`));
    };
    s.speak(u);
  });
}

export async function speakParts(parts: readonly SpeechPart[], rate = 1): Promise<void> {
  const s = synth();
  if (!s) throw new Error('speech synthesis is not available');
  const voices = await speechVoices();
  for (const part of parts) await sayOne(s, part, voiceFor(voices, part.lang), rate);
}

/** After a tap: an empty utterance is what unlocks speech in Chromium. */
export function unlockSpeech(): void {
  const s = synth();
  if (!s) return;
  const u = new SpeechSynthesisUtterance('');
  u.volume = 0;
  s.speak(u);
}
