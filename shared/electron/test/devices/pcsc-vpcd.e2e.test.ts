// End to end through the real PC/SC stack: pcscd with the vpcd virtual reader, the shell's own
// watcher (pcsc-reader.ts, with @pokusew/pcsclite, exactly as the kiosk shell runs it), and a
// fake Thai ID card that this test drives over vpcd's socket. Needs pcscd and vsmartcard-vpcd
// (Debian packages; .ci/run installs them); without them the test fails and says what to install.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardEvent, DeviceStatus } from '../../../src/shell-bridge.js';
import { startPcscWatcher } from '../../src/devices/pcsc-reader.js';
import { FakeThaiIdCard, SOMCHAI, birthDateYearsAgo } from './fake-thai-id-card.js';
import { ensurePcscd, vpcdPort, type PcscDaemon } from './pcscd-daemon.js';
import { insertVirtualCard } from './vpcd-card.js';

let daemon: PcscDaemon | undefined;

beforeAll(async () => {
  daemon = await ensurePcscd();
}, 15_000);

afterAll(async () => {
  await daemon?.stop();
});

async function until<T>(what: string, find: () => T | undefined, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Thai ID card through pcscd + vpcd', () => {
  it('sees the virtual reader, reads an inserted card, and notices its removal', async () => {
    const events: CardEvent[] = [];
    const statuses: DeviceStatus[] = [];
    const watcher = startPcscWatcher({ onCard: (e) => events.push(e), onStatus: (s) => statuses.push(s), log: () => undefined });
    try {
      const ready = await until('the vpcd reader', () =>
        statuses.find((s) => s.state === 'ready' && /Virtual PCD/.test(s.name ?? '')),
      ).catch(() => {
        throw new Error(
          `pcscd shows no vpcd reader (statuses: ${JSON.stringify(statuses)}); install vsmartcard-vpcd and restart pcscd`,
        );
      });
      expect(ready.kind).toBe('card-reader');

      const birth = birthDateYearsAgo(61);
      const fake = new FakeThaiIdCard({ ...SOMCHAI, dateOfBirth: birth });
      const card = await insertVirtualCard(fake, vpcdPort());
      const inserted = await until('the card', () => events.find((e) => e.type === 'inserted'));
      expect(inserted).toEqual({
        type: 'inserted',
        reader: expect.stringMatching(/^Virtual PCD/),
        card: {
          citizenId: '3101500123459',
          thaiName: { prefix: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' },
          englishName: { prefix: 'Mr.', first: 'Somchai', middle: '', last: 'Jaidee' },
          dateOfBirth: { yearBE: Number(birth.slice(0, 4)), month: Number(birth.slice(4, 6)), day: Number(birth.slice(6)) },
        },
      });
      // Only the four fields went over the wire: never the photo.
      expect(fake.readOffsets()).toEqual([0x04, 0x11, 0x75, 0xd9]);

      await card.remove();
      await until('the removal', () => events.find((e) => e.type === 'removed'));

      // Another kind of card in the same reader.
      const bank = await insertVirtualCard(new FakeThaiIdCard(SOMCHAI, undefined, 't0', true), vpcdPort());
      const refused = await until('the foreign card', () => events.find((e) => e.type === 'error'));
      expect(refused).toMatchObject({ type: 'error', code: 'not-thai-id' });
      await bank.remove();
    } finally {
      await watcher.stop();
    }
  }, 30_000);
});
