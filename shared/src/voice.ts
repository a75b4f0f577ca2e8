// The voice call's contract (docs/display.md): the clips a voice set is made of, what each one says, and
// the hub's voice-set API. The display composes a call from these ids; the build makes the
// default set from them with espeak-ng; an admin may upload recorded clips under the same ids.
import { z } from 'zod';

export const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

const TH_LETTERS: Record<string, string> = {
  a: 'เอ',
  b: 'บี',
  c: 'ซี',
  d: 'ดี',
  e: 'อี',
  f: 'เอฟ',
  g: 'จี',
  h: 'เอช',
  i: 'ไอ',
  j: 'เจ',
  k: 'เค',
  l: 'แอล',
  m: 'เอ็ม',
  n: 'เอ็น',
  o: 'โอ',
  p: 'พี',
  q: 'คิว',
  r: 'อาร์',
  s: 'เอส',
  t: 'ที',
  u: 'ยู',
  v: 'วี',
  w: 'ดับเบิลยู',
  x: 'เอ็กซ์',
  y: 'วาย',
  z: 'แซด',
};
export const TH_DIGITS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const TH_TENS = ['', 'สิบ', 'ยี่สิบ', ...TH_DIGITS.slice(3).map((d) => `${d}สิบ`)];
const EN_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export type ClipLang = 'th' | 'en';

export interface ClipInfo {
  /** null for the chime, which is no language. */
  lang: ClipLang | null;
  /** What the clip says, as text (a speech synthesiser reads the same words). */
  text: string;
}

function catalog(): Record<string, ClipInfo> {
  const c: Record<string, ClipInfo> = { chime: { lang: null, text: '♪' } };
  const th = (id: string, text: string) => (c[id] = { lang: 'th', text });
  const en = (id: string, text: string) => (c[`en-${id}`] = { lang: 'en', text });
  th('number', 'หมายเลข');
  for (const l of LETTERS) th(`letter-${l}`, TH_LETTERS[l]!);
  TH_DIGITS.forEach((d, i) => th(`digit-${i}`, d));
  for (let i = 1; i <= 9; i++) th(`tens-${i}`, TH_TENS[i]!);
  for (let i = 1; i <= 9; i++) th(`hundreds-${i}`, `${TH_DIGITS[i]}ร้อย`);
  th('et', 'เอ็ด');
  th('please-go-to-counter', 'เชิญที่ช่องบริการ');
  th('ka', 'ค่ะ');
  en('number', 'Number');
  for (const l of LETTERS) en(`letter-${l}`, l.toUpperCase());
  EN_NUMBERS.forEach((w, i) => en(`n-${i}`, w));
  for (let i = 2; i <= 9; i++) en(`tens-${i}`, EN_TENS[i]!);
  en('hundred', 'hundred');
  en('please-go-to-counter', 'please go to counter');
  return c;
}

/** Every clip a complete voice set has, by id (`chime`, `number`, `letter-a`, `digit-0`, `en-number`, …). */
export const VOICE_CLIPS: Readonly<Record<string, ClipInfo>> = catalog();
export const CLIP_IDS: readonly string[] = Object.keys(VOICE_CLIPS);

export function isClipId(id: string): boolean {
  return Object.hasOwn(VOICE_CLIPS, id);
}

export const ClipId = z.string().refine(isClipId, 'not a clip id of a voice set');

/** The built-in set, made at build time with espeak-ng and served from the display's files. */
export const DEFAULT_VOICE_SET = 'default';
/** Lower-case letters, digits and dashes: it is a folder name on the hub. */
export const VoiceSetName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, '1–32 of a–z 0–9 - (not starting with -)');
/** An uploaded clip may be this large (a WAV of a few seconds is far less). */
export const VOICE_CLIP_MAX_BYTES = 2 * 1024 * 1024;

export const VoiceSet = z.object({
  name: z.string(),
  /** True for the built-in (espeak-ng) set; uploaded sets are false. */
  builtIn: z.boolean(),
  /** The URL of each clip the set has; clips it lacks come from the default set. */
  clips: z.record(z.string(), z.string()),
});
export type VoiceSet = z.infer<typeof VoiceSet>;

export const VoiceSetsResponse = z.object({ sets: z.array(VoiceSet) });
export type VoiceSetsResponse = z.infer<typeof VoiceSetsResponse>;

export const VoiceClipResponse = z.object({ set: z.string(), clip: z.string(), bytes: z.number().int(), url: z.string() });
export type VoiceClipResponse = z.infer<typeof VoiceClipResponse>;

/** display/dist/renderer/voice/default/manifest.json, written by the display's build. */
export const VoiceManifest = z.object({
  set: z.string(),
  generator: z.string(),
  /** Clip id → file name in the manifest's folder. */
  clips: z.record(z.string(), z.string()),
});
export type VoiceManifest = z.infer<typeof VoiceManifest>;
