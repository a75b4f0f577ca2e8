// The card side of vsmartcard's vpcd: a TCP client on the virtual reader's port. Connecting is
// inserting the card, closing is pulling it out. vpcd's protocol: every message is a 2-byte
// big-endian length and a payload; a 1-byte payload is a control byte (0 power off, 1 power on,
// 2 reset, 4 "send your ATR"), anything longer a command APDU to answer with a response APDU.
import { connect, type Socket } from 'node:net';
import type { FakeThaiIdCard } from './fake-thai-id-card.js';

const GET_ATR = 4;

export interface VirtualCard {
  remove(): Promise<void>;
}

function frame(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(2);
  header.writeUInt16BE(payload.length);
  return Buffer.concat([header, payload]);
}

/** Inserts `card` into the vpcd reader on `port`, retrying while vpcd is not listening yet. */
export async function insertVirtualCard(card: FakeThaiIdCard, port: number, timeoutMs = 5000): Promise<VirtualCard> {
  const deadline = Date.now() + timeoutMs;
  let socket: Socket | undefined;
  let lastError = '';
  while (!socket && Date.now() < deadline) {
    socket = await new Promise<Socket | undefined>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => resolve(s));
      s.once('error', (err) => {
        lastError = err.message;
        resolve(undefined);
      });
    });
    if (!socket) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!socket)
    throw new Error(`vpcd is not listening on 127.0.0.1:${port} (${lastError}); is pcscd running with vsmartcard-vpcd?`);
  const s = socket;
  let buffer = Buffer.alloc(0);
  s.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 2) {
      const length = buffer.readUInt16BE(0);
      if (buffer.length < 2 + length) break;
      const payload = new Uint8Array(buffer.subarray(2, 2 + length));
      buffer = buffer.subarray(2 + length);
      if (payload.length === 1) {
        // Power on/off and reset are not answered; the card forgets its selected applet.
        if (payload[0] === GET_ATR) s.write(frame(card.atr));
        else card.reset();
      } else {
        s.write(frame(card.answer(payload)));
      }
    }
  });
  s.on('error', () => undefined);
  return {
    remove: () =>
      new Promise((resolve) => {
        s.once('close', () => resolve());
        s.end();
      }),
  };
}
