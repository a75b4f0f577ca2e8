// How this screen speaks: from its device settings (set by an admin, see docs/display.md) or the
// defaults of an unpaired screen (voice on, Thai only), with query-string overrides for setting
// up a TV by hand and for tests (?voice=off|stub, ?voicelang=th,en, ?numbers=words, ?engine=speech,
// ?voiceset=name, ?voicerate=2, ?voicelog=1).
import { DEFAULT_VOICE_SET, ScreenLanguages, VoiceSetName, type ClipLang, type DisplaySettings } from '@oss/shared';
import type { NumberStyle } from './call-script';

type VoiceEngine = 'clips' | 'speech';

export interface VoiceSettings {
  enabled: boolean;
  /** Tests: every call "plays" at once, nothing is loaded. */
  stub: boolean;
  languages: ClipLang[];
  numbers: NumberStyle;
  engine: VoiceEngine;
  set: string;
  /** Playback speed (1 = as recorded); tests speed it up. */
  rate: number;
  /** Record what is played in window.ossVoiceLog. */
  log: boolean;
}

/** An unpaired screen: every call said, in Thai. */
const UNPAIRED_VOICE = { enabled: true, languages: ['th'] as ClipLang[] };

export function voiceSettings(device: DisplaySettings | null, query: URLSearchParams): VoiceSettings {
  const voice = query.get('voice');
  const languages = ScreenLanguages.safeParse(query.get('voicelang')?.split(','));
  const numbers = query.get('numbers');
  const engine = query.get('engine');
  const set = VoiceSetName.safeParse(query.get('voiceset'));
  const rate = Number(query.get('voicerate'));
  return {
    enabled: voice === 'off' ? false : voice === 'on' || voice === 'stub' ? true : (device?.voice ?? UNPAIRED_VOICE.enabled),
    stub: voice === 'stub',
    languages: languages.success ? languages.data : (device?.languages ?? UNPAIRED_VOICE.languages),
    numbers: numbers === 'words' || numbers === 'digits' ? numbers : (device?.voiceNumbers ?? 'digits'),
    engine: engine === 'speech' || engine === 'clips' ? engine : (device?.voiceEngine ?? 'clips'),
    set: set.success ? set.data : (device?.voiceSet ?? DEFAULT_VOICE_SET),
    rate: Number.isFinite(rate) && rate >= 0.5 && rate <= 16 ? rate : 1,
    log: query.get('voicelog') === '1',
  };
}

/** A stable key: the voice is rebuilt only when something in it changed. */
export function voiceKey(s: VoiceSettings): string {
  return JSON.stringify(s);
}
