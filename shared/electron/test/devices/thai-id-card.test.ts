// Reading a Thai ID card over APDUs, against the card image in fake-thai-id-card.ts, and the
// TIS-620 and field parsing on byte fixtures.
import { describe, expect, it } from 'vitest';
import {
  ApduError,
  getResponseCommand,
  readBinaryCommand,
  splitResponse,
  transceive,
  type CardTransport,
} from '../../src/devices/apdu.js';
import { NotThaiIdCardError, parseCardDate, parseCitizenId, parseName, readThaiIdCard } from '../../src/devices/thai-id-card.js';
import { decodeTis620, encodeTis620, tis620CodePoint } from '../../src/devices/tis620.js';
import { FakeThaiIdCard, OLD_THAI_ID_ATR, PHOTO_OFFSET, SOMCHAI, THAI_ID_ATR } from './fake-thai-id-card.js';
import { bytes } from './recording.js';

const transportOf =
  (card: FakeThaiIdCard): CardTransport =>
  async (command) =>
    card.answer(command);
const EXPECTED = {
  citizenId: '3101500123459',
  thaiName: { prefix: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
  englishName: { prefix: 'Mr.', first: 'Somchai', middle: '', last: 'Jaidee' },
  dateOfBirth: { yearBE: 2508, month: 1, day: 15 },
};

describe('readThaiIdCard', () => {
  it('selects the applet and reads CID, names and date of birth over T=0 (61xx + GET RESPONSE)', async () => {
    const card = new FakeThaiIdCard(SOMCHAI);
    expect(await readThaiIdCard(transportOf(card), card.atr)).toEqual(EXPECTED);
    expect(card.commands.map((c) => Buffer.from(c).toString('hex'))).toEqual([
      '00a4040008a000000054480001',
      '00c000000a',
      '80b0000402000d',
      '00c000000d',
      '80b00011020064',
      '00c0000064',
      '80b00075020064',
      '00c0000064',
      '80b000d9020008',
      '00c0000008',
    ]);
  });

  it('never reads the photo (or anything but the four fields)', async () => {
    const card = new FakeThaiIdCard(SOMCHAI);
    await readThaiIdCard(transportOf(card), card.atr);
    expect(card.readOffsets()).toEqual([0x04, 0x11, 0x75, 0xd9]);
    expect(card.readOffsets().every((o) => o < PHOTO_OFFSET)).toBe(true);
  });

  it('uses GET RESPONSE P2 = 01 for the older chip (ATR 3B 67)', async () => {
    const card = new FakeThaiIdCard(SOMCHAI, OLD_THAI_ID_ATR);
    expect(await readThaiIdCard(transportOf(card), card.atr)).toEqual(EXPECTED);
    expect(card.commands[1]).toEqual(bytes('00 c0 00 01 0a'));
  });

  it('takes data answered directly with 90 00 (a reader that hides T=0)', async () => {
    const card = new FakeThaiIdCard(SOMCHAI, THAI_ID_ATR, 'direct');
    expect(await readThaiIdCard(transportOf(card), card.atr)).toEqual(EXPECTED);
    expect(card.commands).toHaveLength(5);
  });

  it('tells a card without the applet from an unreadable one', async () => {
    const foreign = new FakeThaiIdCard(SOMCHAI, THAI_ID_ATR, 't0', true);
    await expect(readThaiIdCard(transportOf(foreign), foreign.atr)).rejects.toBeInstanceOf(NotThaiIdCardError);
    const broken: CardTransport = async () => new Uint8Array([0x90]);
    await expect(readThaiIdCard(broken, THAI_ID_ATR)).rejects.toThrow(/not a response APDU/);
  });

  it('reads a name with a middle name and a long prefix', async () => {
    const card = new FakeThaiIdCard({
      ...SOMCHAI,
      thaiName: 'พลตำรวจเอก#ประยุทธ์#วงศ์#ศรีสุข',
      englishName: 'Pol. Gen.#Prayut#Wong#Srisuk',
    });
    const read = await readThaiIdCard(transportOf(card), card.atr);
    expect(read.thaiName).toEqual({ prefix: 'พลตำรวจเอก', first: 'ประยุทธ์', middle: 'วงศ์', last: 'ศรีสุข' });
    expect(read.englishName).toEqual({ prefix: 'Pol. Gen.', first: 'Prayut', middle: 'Wong', last: 'Srisuk' });
  });
});

describe('APDUs', () => {
  it('builds READ BINARY and GET RESPONSE as Thai ID readers send them', () => {
    expect(readBinaryCommand(0x0004, 13)).toEqual(bytes('80 b0 00 04 02 00 0d'));
    expect(readBinaryCommand(0x00d9, 8)).toEqual(bytes('80 b0 00 d9 02 00 08'));
    expect(getResponseCommand(0x64, THAI_ID_ATR)).toEqual(bytes('00 c0 00 00 64'));
    expect(() => readBinaryCommand(0, 0)).toThrow(RangeError);
  });

  it('follows 6Cxx (wrong length) and reports other status words', async () => {
    const answers = [bytes('6c 02'), bytes('41 42 90 00')];
    const sent: Uint8Array[] = [];
    const transport: CardTransport = async (c) => {
      sent.push(c);
      return answers.shift() ?? bytes('6f 00');
    };
    expect(await transceive(transport, bytes('80 b0 00 00 02 00 05'), THAI_ID_ATR)).toEqual(bytes('41 42'));
    expect(sent[1]).toEqual(bytes('80 b0 00 00 02 00 02'));
    await expect(transceive(transport, bytes('80 b0 00 00 02 00 05'), THAI_ID_ATR)).rejects.toMatchObject({
      name: 'ApduError',
      status: 0x6f00,
    });
    const looping: CardTransport = async () => bytes('61 05');
    await expect(transceive(looping, bytes('00 a4 04 00'), THAI_ID_ATR)).rejects.toBeInstanceOf(ApduError);
    expect(splitResponse(bytes('01 02 90 00'))).toEqual({ data: bytes('01 02'), status: 0x9000 });
  });
});

describe('TIS-620', () => {
  it('maps 0xA1–0xDA and 0xDF–0xFB onto U+0E01–U+0E5B, and nothing else', () => {
    expect(tis620CodePoint(0xa1)).toBe(0x0e01); // ก
    expect(tis620CodePoint(0xda)).toBe(0x0e3a); // PHINTHU
    expect(tis620CodePoint(0xdf)).toBe(0x0e3f); // ฿
    expect(tis620CodePoint(0xfb)).toBe(0x0e5b); // ๛
    for (const unassigned of [0x80, 0xa0, 0xdb, 0xdc, 0xdd, 0xde, 0xfc, 0xff]) expect(tis620CodePoint(unassigned)).toBe(0xfffd);
    expect(decodeTis620(bytes('4d 72 2e 20 a1 d2 c3'))).toBe('Mr. การ');
  });

  it('round-trips every Thai character and refuses what TIS-620 cannot hold', () => {
    let all = '';
    for (let cp = 0x0e01; cp <= 0x0e5b; cp++) if (cp < 0x0e3b || cp > 0x0e3e) all += String.fromCharCode(cp);
    expect(decodeTis620(encodeTis620(all))).toBe(all);
    expect(encodeTis620('สมชาย')).toEqual(bytes('ca c1 aa d2 c2'));
    expect(() => encodeTis620('café')).toThrow(/U\+00E9/);
  });
});

describe('card fields', () => {
  it('parses names padded with spaces or NULs', () => {
    const name = new Uint8Array(100).fill(0x20);
    name.set(encodeTis620('นางสาว#สมหญิง##รักไทย'));
    expect(parseName(name)).toEqual({ prefix: 'นางสาว', first: 'สมหญิง', middle: '', last: 'รักไทย' });
    expect(parseName(new Uint8Array(100))).toEqual({ prefix: '', first: '', middle: '', last: '' });
    expect(parseCitizenId(bytes('33 31 30 31 35 30 30 31 32 33 34 35 39 00'))).toBe('3101500123459');
  });

  it('parses Buddhist-era dates, with unknown month/day as 0', () => {
    const date = (s: string) => parseCardDate(new TextEncoder().encode(s));
    expect(date('25080115')).toEqual({ yearBE: 2508, month: 1, day: 15 });
    expect(date('24900000')).toEqual({ yearBE: 2490, month: 0, day: 0 });
    expect(date('2490    ')).toEqual({ yearBE: 2490, month: 0, day: 0 });
    expect(date('24901200')).toEqual({ yearBE: 2490, month: 12, day: 0 });
    for (const bad of ['        ', '25081315', '1965011', 'abcdefgh', '25080015']) expect(date(bad), bad).toBeNull();
  });
});
