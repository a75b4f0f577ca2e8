// What espeak-ng is given for each clip of the default voice set. Its Thai letter-to-sound rules
// are rudimentary (a tone mark deletes the vowel, "า" comes out as "s", leading vowels are not
// reordered), so Thai clips are written as espeak phonemes ([[...]]) instead of Thai text. Tone
// digits follow espeak's Thai table: 1 rising, 2 low, 3 mid, 4 high, 5 falling. English clips are
// plain words (letters spelled so that "A" is the letter, not the article).
import { LETTERS, VOICE_CLIPS } from '../../shared/src/voice.js';

const TH_LETTERS = [
  '?e:3', // A เอ
  'bi:3', // B บี
  'si:3', // C ซี
  'di:3', // D ดี
  '?i:3', // E อี
  '?e:f4', // F เอฟ
  'ci:3', // G จี
  '?e:t2', // H เอช
  '?aj3', // I ไอ
  'ce:3', // J เจ
  'khe:3', // K เค
  '?ae:w3', // L แอล
  '?em3', // M เอ็ม
  '?en3', // N เอ็น
  '?o:3', // O โอ
  'phi:3', // P พี
  'khiw3', // Q คิว
  '?a:3', // R อาร์
  '?e:s3', // S เอส
  'thi:3', // T ที
  'ju:3', // U ยู
  'wi:3', // V วี
  'dap2 b@:n3 ju:3', // W ดับเบิลยู
  '?ek4', // X เอ็กซ์
  'wa:j3', // Y วาย
  'saet4', // Z แซด
];

// ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า
const TH_DIGIT_PHONEMES = ['su:n1', 'nueng2', 'sO:ng1', 'sa:m1', 'si:2', 'ha:5', 'hok2', 'cet2', 'pae:t2', 'kaw5'];

const EN_LETTERS =
  'ay bee see dee ee eff jee aitch eye jay kay ell em en oh pee cue ar ess tee you vee double-you ex why zed'.split(' ');

export interface Synth {
  voice: 'th' | 'en';
  /** Text, or espeak phonemes in [[ ]]. */
  input: string;
}

function thai(): Record<string, string> {
  const p: Record<string, string> = {
    number: 'ma:j1 le:k5',
    et: '?et2',
    'please-go-to-counter': 'ch@:n3 thi:5 chOng5 bO:3 ri4 ka:n3',
    ka: 'kha5',
    'tens-1': 'sip2',
    'tens-2': 'ji:5 sip2',
  };
  LETTERS.forEach((l, i) => (p[`letter-${l}`] = TH_LETTERS[i]!));
  TH_DIGIT_PHONEMES.forEach((d, i) => (p[`digit-${i}`] = d));
  for (let i = 3; i <= 9; i++) p[`tens-${i}`] = `${TH_DIGIT_PHONEMES[i]} sip2`;
  for (let i = 1; i <= 9; i++) p[`hundreds-${i}`] = `${TH_DIGIT_PHONEMES[i]} rO:j4`;
  return p;
}

const THAI = thai();

/** How to make one clip with espeak-ng; null for the chime (sox makes it). */
export function synthFor(id: string): Synth | null {
  const info = VOICE_CLIPS[id];
  if (!info || info.lang === null) return null;
  if (info.lang === 'th') {
    const phonemes = THAI[id];
    if (!phonemes) throw new Error(`no phonemes for the Thai clip ${id} (${info.text})`);
    return { voice: 'th', input: `[[${phonemes}]]` };
  }
  const letter = /^en-letter-([a-z])$/.exec(id);
  return { voice: 'en', input: letter ? EN_LETTERS[LETTERS.indexOf(letter[1]!)]!.replace('-', ' ') : info.text };
}
