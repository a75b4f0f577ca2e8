// The spoken sequence for a call: clip ids and speech text, for digits and number words.
import { CLIP_IDS, isClipId, VOICE_CLIPS } from '@oss/shared';
import { describe, expect, it } from 'vitest';
import { callScript, counterNumber } from '../src/renderer/voice/call-script.js';
import { digitClips, englishNumberClips, numberClips, thaiNumberClips } from '../src/renderer/voice/number-words.js';

const thaiWords = (n: number) =>
  thaiNumberClips(n)
    .map((id) => VOICE_CLIPS[id]!.text)
    .join('');
const englishWords = (n: number) =>
  englishNumberClips(n)
    .map((id) => VOICE_CLIPS[id]!.text)
    .join(' ');

describe('Thai number words', () => {
  it.each([
    [0, 'ศูนย์'],
    [1, 'หนึ่ง'],
    [2, 'สอง'],
    [9, 'เก้า'],
    [10, 'สิบ'],
    [11, 'สิบเอ็ด'],
    [12, 'สิบสอง'],
    [20, 'ยี่สิบ'],
    [21, 'ยี่สิบเอ็ด'],
    [25, 'ยี่สิบห้า'],
    [31, 'สามสิบเอ็ด'],
    [99, 'เก้าสิบเก้า'],
    [100, 'หนึ่งร้อย'],
    [101, 'หนึ่งร้อยเอ็ด'],
    [110, 'หนึ่งร้อยสิบ'],
    [111, 'หนึ่งร้อยสิบเอ็ด'],
    [120, 'หนึ่งร้อยยี่สิบ'],
    [201, 'สองร้อยเอ็ด'],
    [222, 'สองร้อยยี่สิบสอง'],
    [305, 'สามร้อยห้า'],
    [999, 'เก้าร้อยเก้าสิบเก้า'],
  ])('%i is %s', (n, words) => {
    expect(thaiWords(n)).toBe(words);
  });

  it('uses known clips for every number 0–999, and เอ็ด only after tens or hundreds', () => {
    for (let n = 0; n <= 999; n++) {
      const clips = thaiNumberClips(n);
      expect(clips.every(isClipId), String(n)).toBe(true);
      expect(clips.includes('et')).toBe(n % 10 === 1 && n > 10);
      expect(clips.includes('tens-2')).toBe(Math.floor(n / 10) % 10 === 2);
    }
  });

  it('refuses what it cannot say', () => {
    expect(() => thaiNumberClips(1000)).toThrow(RangeError);
    expect(() => thaiNumberClips(-1)).toThrow(RangeError);
    expect(() => thaiNumberClips(1.5)).toThrow(RangeError);
  });
});

describe('English number words', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [13, 'thirteen'],
    [40, 'forty'],
    [42, 'forty two'],
    [100, 'one hundred'],
    [305, 'three hundred five'],
    [999, 'nine hundred ninety nine'],
  ])('%i is %s', (n, words) => {
    expect(englishWords(n)).toBe(words);
  });

  it('uses known clips for every number 0–999', () => {
    for (let n = 0; n <= 999; n++) expect(englishNumberClips(n).every(isClipId), String(n)).toBe(true);
  });
});

describe('digits', () => {
  it('reads each digit, leading zeros included', () => {
    expect(digitClips('001', 'th')).toEqual(['digit-0', 'digit-0', 'digit-1']);
    expect(digitClips('001', 'en')).toEqual(['en-n-0', 'en-n-0', 'en-n-1']);
  });

  it('reads numbers too long for words digit by digit', () => {
    expect(numberClips('1000', 'th', 'words')).toEqual(['digit-1', 'digit-0', 'digit-0', 'digit-0']);
    expect(numberClips('021', 'th', 'words')).toEqual(['tens-2', 'et']);
  });
});

describe('counter numbers', () => {
  it('takes the number from the Thai name, then the English one, then the id', () => {
    expect(counterNumber({ th: 'ช่องบริการ 3', en: 'Counter 3' }, 9)).toBe(3);
    expect(counterNumber({ th: 'ช่องบริการ ๑๒', en: 'Desk' }, 9)).toBe(12);
    expect(counterNumber({ th: 'ห้องทะเบียน', en: 'Room 7' }, 9)).toBe(7);
    expect(counterNumber({ th: 'ห้องทะเบียน', en: 'Registry' }, 9)).toBe(9);
    expect(counterNumber({ th: 'ช่อง 4 (ชั้น 2)', en: '' }, 1)).toBe(4);
  });
});

describe('call script', () => {
  it('says a call in Thai, digit by digit: chime, number, letter, digits, counter, ค่ะ', () => {
    const script = callScript('A001', 3, { languages: ['th'], numbers: 'digits' });
    expect(script.clips).toEqual([
      'chime',
      'number',
      'letter-a',
      'digit-0',
      'digit-0',
      'digit-1',
      'please-go-to-counter',
      'digit-3',
      'ka',
    ]);
    expect(script.speech).toEqual([{ lang: 'th', text: 'หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ สาม ค่ะ' }]);
  });

  it('adds English after Thai when enabled', () => {
    const script = callScript('A001', 3, { languages: ['th', 'en'], numbers: 'digits' });
    expect(script.clips.slice(9)).toEqual([
      'en-number',
      'en-letter-a',
      'en-n-0',
      'en-n-0',
      'en-n-1',
      'en-please-go-to-counter',
      'en-n-3',
    ]);
    expect(script.speech[1]).toEqual({ lang: 'en', text: 'Number A zero zero one, please go to counter three' });
  });

  it('reads the number as words when set to, and counters 1–99 always as words', () => {
    const script = callScript('B121', 12, { languages: ['th', 'en'], numbers: 'words' });
    expect(script.speech.map((p) => p.text)).toEqual([
      'หมายเลข บี หนึ่งร้อยยี่สิบเอ็ด เชิญที่ช่องบริการ สิบสอง ค่ะ',
      'Number B one hundred twenty one, please go to counter twelve',
    ]);
    for (let counter = 1; counter <= 99; counter++) {
      const clips = callScript('A001', counter, { languages: ['th', 'en'], numbers: 'digits' }).clips;
      expect(clips.every(isClipId)).toBe(true);
    }
    expect(callScript('A1', 21, { languages: ['th'], numbers: 'digits' }).speech[0]!.text).toContain('ช่องบริการ ยี่สิบเอ็ด');
  });

  it('spells multi-letter service codes, letter by letter in Thai', () => {
    const script = callScript('AB012', 1, { languages: ['th'], numbers: 'digits' });
    expect(script.clips.slice(1, 4)).toEqual(['number', 'letter-a', 'letter-b']);
    expect(script.speech[0]!.text).toBe('หมายเลข เอ บี ศูนย์ หนึ่ง สอง เชิญที่ช่องบริการ หนึ่ง ค่ะ');
    expect(callScript('xyz9', 1, { languages: ['th'], numbers: 'words' }).speech[0]!.text).toBe(
      'หมายเลข เอ็กซ์ วาย แซด เก้า เชิญที่ช่องบริการ หนึ่ง ค่ะ',
    );
  });

  it('says English only when that is the only language', () => {
    const script = callScript('C010', 2, { languages: ['en'], numbers: 'words' });
    expect(script.clips).toEqual(['chime', 'en-number', 'en-letter-c', 'en-n-10', 'en-please-go-to-counter', 'en-n-2']);
  });

  it('reads every letter A–Z in Thai and in English', () => {
    const th = 'เอ บี ซี ดี อี เอฟ จี เอช ไอ เจ เค แอล เอ็ม เอ็น โอ พี คิว อาร์ เอส ที ยู วี ดับเบิลยู เอ็กซ์ วาย แซด'.split(' ');
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((letter, i) => {
      const script = callScript(`${letter}1`, 1, { languages: ['th', 'en'], numbers: 'digits' });
      expect(script.speech[0]!.text.split(' ')[1]).toBe(th[i]);
      expect(script.speech[1]!.text.split(' ')[1]).toBe(letter);
    });
  });

  it('has a clip catalogue of the ids it uses and nothing else', () => {
    const used = new Set<string>();
    for (let n = 0; n <= 999; n++) {
      for (const numbers of ['digits', 'words'] as const) {
        const script = callScript(`A${n}`, (n % 99) + 1, { languages: ['th', 'en'], numbers });
        for (const c of script.clips) used.add(c);
      }
    }
    for (const l of 'abcdefghijklmnopqrstuvwxyz') {
      for (const c of callScript(`${l}1`, 1, { languages: ['th', 'en'], numbers: 'digits' }).clips) used.add(c);
    }
    expect([...used].sort()).toEqual([...CLIP_IDS].sort());
  });
});
