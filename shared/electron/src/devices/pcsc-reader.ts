// Main process (Node). Thai ID cards through PC/SC with @pokusew/pcsclite, loaded lazily. Readers
// come and go with pcsclite's `reader`/`end` events and cards with each reader's `status` events;
// a card is read once when it arrives (thai-id-card.ts) and the reader is left alone afterwards.
// When the PC/SC service (pcscd on Linux) is missing or stops, the watcher reports it and starts
// over every few seconds. Nothing here logs a card's contents.
import type { CardEvent, DeviceStatus } from '../../../src/shell-bridge.js';
import type { CardTransport } from './apdu.js';
import { commonJsExports, loadOptional, type Loaded } from './optional-module.js';
import { NotThaiIdCardError, readThaiIdCard } from './thai-id-card.js';

const PCSC_PACKAGE = '@pokusew/pcsclite';
const RETRY_MS = 5000;
const READ_TIMEOUT_MS = 10_000;
/** Room for the longest answer (100 bytes of name) plus SW1 SW2, with margin. */
const MAX_RESPONSE = 258;

type Callback<T> = (err: unknown, value: T) => void;

/** The parts of pcsclite's CardReader used here. */
interface PcscReader {
  readonly name: string;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_LEAVE_CARD: number;
  on(event: 'status', listener: (status: { state: number; atr?: Buffer }) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  connect(options: { share_mode: number }, callback: Callback<number>): void;
  disconnect(disposition: number, callback: (err: unknown) => void): void;
  transmit(data: Buffer, resLen: number, protocol: number, callback: Callback<Buffer>): void;
}

interface PcscContext {
  on(event: 'reader', listener: (reader: PcscReader) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  close(): void;
}

export interface PcscWatcherOptions {
  readonly onCard: (event: CardEvent) => void;
  readonly onStatus: (status: DeviceStatus) => void;
  readonly log: (message: string) => void;
  readonly load?: () => Promise<Loaded<() => PcscContext>>;
  readonly retryMs?: number;
}

async function loadPcsclite(): Promise<Loaded<() => PcscContext>> {
  const loaded = await loadOptional(PCSC_PACKAGE);
  if (!loaded.ok) return loaded;
  const create = commonJsExports(loaded.module);
  if (typeof create !== 'function')
    return { ok: false, package: PCSC_PACKAGE, message: `${PCSC_PACKAGE} has an unexpected shape` };
  const pcsc: () => PcscContext = () => (create as () => PcscContext)();
  return { ok: true, module: pcsc };
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the card in ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Reads the card now in `reader` and reports it (or why it could not). */
async function readCardIn(reader: PcscReader, atr: Uint8Array, options: PcscWatcherOptions): Promise<void> {
  const protocol = await new Promise<number>((resolve, reject) =>
    reader.connect({ share_mode: reader.SCARD_SHARE_SHARED }, (err, p) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(p),
    ),
  ).catch((err: unknown) => {
    options.onCard({ type: 'error', reader: reader.name, code: 'card-unreadable', message: `cannot connect: ${message(err)}` });
    return null;
  });
  if (protocol === null) return;
  const transport: CardTransport = (command) =>
    new Promise((resolve, reject) =>
      reader.transmit(Buffer.from(command), MAX_RESPONSE, protocol, (err, data) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(new Uint8Array(data)),
      ),
    );
  try {
    const card = await withTimeout(readThaiIdCard(transport, atr), READ_TIMEOUT_MS);
    options.log(`ID card read in ${reader.name}`);
    options.onCard({ type: 'inserted', reader: reader.name, card });
  } catch (err) {
    const notThai = err instanceof NotThaiIdCardError;
    options.log(`card in ${reader.name} not read: ${message(err)}`);
    options.onCard({
      type: 'error',
      reader: reader.name,
      code: notThai ? 'not-thai-id' : 'card-unreadable',
      message: message(err),
    });
  } finally {
    reader.disconnect(reader.SCARD_LEAVE_CARD, () => undefined);
  }
}

export function startPcscWatcher(options: PcscWatcherOptions): { stop(): Promise<void> } {
  const { onStatus, log } = options;
  const readers = new Set<string>();
  let context: PcscContext | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let last = '';

  const report = (status: DeviceStatus): void => {
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    onStatus(status);
  };
  const reportReaders = (): void =>
    readers.size > 0
      ? report({ kind: 'card-reader', state: 'ready', name: [...readers].join(', ') })
      : report({ kind: 'card-reader', state: 'no-device', message: 'no smart card reader connected' });

  const watchReader = (reader: PcscReader): void => {
    readers.add(reader.name);
    log(`card reader ${reader.name} connected`);
    reportReaders();
    let present = false;
    reader.on('status', (status) => {
      const now = (status.state & reader.SCARD_STATE_PRESENT) !== 0;
      if (now === present) return;
      present = now;
      if (now) void readCardIn(reader, new Uint8Array(status.atr ?? []), options);
      else options.onCard({ type: 'removed', reader: reader.name });
    });
    reader.on('error', (err) => log(`card reader ${reader.name}: ${message(err)}`));
    reader.on('end', () => {
      readers.delete(reader.name);
      log(`card reader ${reader.name} removed`);
      reportReaders();
    });
  };

  const start = (create: () => PcscContext): void => {
    if (stopped) return;
    const ctx = create();
    context = ctx;
    reportReaders();
    ctx.on('reader', watchReader);
    ctx.on('error', (err) => {
      if (stopped || context !== ctx) return; // closing cancels the watch with an error: not news
      context = undefined;
      readers.clear();
      log(`PC/SC: ${message(err)}; trying again in ${(options.retryMs ?? RETRY_MS) / 1000} s`);
      report({ kind: 'card-reader', state: 'error', message: `the PC/SC service (pcscd) is not available: ${message(err)}` });
      try {
        ctx.close();
      } catch {
        // already gone
      }
      retry = setTimeout(() => start(create), options.retryMs ?? RETRY_MS);
    });
  };

  const started = (async () => {
    const loaded = await (options.load ?? loadPcsclite)();
    if (stopped) return;
    if (!loaded.ok) {
      log(`ID card reader off: ${loaded.message}`);
      report({ kind: 'card-reader', state: 'missing-package', package: loaded.package, message: loaded.message });
      return;
    }
    start(loaded.module);
  })();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await started.catch(() => undefined);
      const ctx = context;
      context = undefined;
      try {
        ctx?.close();
      } catch {
        // already closed
      }
    },
  };
}
