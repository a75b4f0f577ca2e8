// What the TV says for one call, as a sequence of clip ids and as text for a speech synthesiser:
// "หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ สาม ค่ะ", then in English if enabled. Pure.
import { VOICE_CLIPS, type ClipLang, type Localized } from '@oss/shared';
import { numberClips } from './number-words';

export type NumberStyle = 'digits' | 'words';

export interface ScriptOptions {
  /** The languages to speak, in order. */
  languages: readonly ClipLang[];
  numbers: NumberStyle;
}

export interface SpeechPart {
  lang: ClipLang;
  text: string;
}

export interface CallScript {
  /** Starts with the chime. */
  clips: string[];
  /** One text per language, for the Web Speech API. */
  speech: SpeechPart[];
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/**
 * The number to say for a counter: the first number in its Thai name ("ช่องบริการ 3", Thai digits
 * too), else in its English name, else its id. Counters named without a number are called by id.
 */
export function counterNumber(names: Localized, id: number): number {
  for (const name of [names.th, names.en]) {
    const ascii = [...name].map((ch) => (THAI_DIGITS.includes(ch) ? String(THAI_DIGITS.indexOf(ch)) : ch)).join('');
    const match = /\d+/.exec(ascii);
    if (match) return Number(match[0]);
  }
  return id;
}

/** A ticket number's parts: letters (the service code) and runs of digits. Anything else is not said. */
function tokens(ticket: string): Array<{ kind: 'letter' | 'digits'; text: string }> {
  const out: Array<{ kind: 'letter' | 'digits'; text: string }> = [];
  for (const m of ticket.toLowerCase().matchAll(/[a-z]|[0-9]+/g)) {
    out.push({ kind: /[a-z]/.test(m[0]) ? 'letter' : 'digits', text: m[0] });
  }
  return out;
}

/** Clips of one language, grouped into words: the text joins a group's clips (Thai without spaces). */
function languageWords(ticket: string, counter: number, lang: ClipLang, numbers: NumberStyle): string[][] {
  const p = lang === 'th' ? '' : 'en-';
  const words: string[][] = [[`${p}number`]];
  for (const t of tokens(ticket)) {
    if (t.kind === 'letter') words.push([`${p}letter-${t.text}`]);
    else if (numbers === 'words') words.push(numberClips(t.text, lang, 'words'));
    else for (const clip of numberClips(t.text, lang, 'digits')) words.push([clip]);
  }
  words.push([`${p}please-go-to-counter`]);
  // Counters are always said as a number ("ช่องบริการ สิบสอง"), never digit by digit.
  words.push(numberClips(String(counter), lang, 'words'));
  if (lang === 'th') words.push(['ka']);
  return words;
}

function clipText(id: string): string {
  const info = VOICE_CLIPS[id];
  if (!info) throw new Error(`unknown clip ${id}`);
  return info.text;
}

export function callScript(ticket: string, counter: number, opts: ScriptOptions): CallScript {
  const clips = ['chime'];
  const speech: SpeechPart[] = [];
  for (const lang of opts.languages) {
    const words = languageWords(ticket, counter, lang, opts.numbers);
    clips.push(...words.flat());
    const text = words.map((w) => w.map(clipText).join(lang === 'th' ? '' : ' ')).join(' ');
    // "Number A zero zero one, please go to counter three": a pause before the counter, in English.
    speech.push({ lang, text: lang === 'en' ? text.replace(' please go to counter', ', please go to counter') : text });
  }
  return { clips, speech };
}
