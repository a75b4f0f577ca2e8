// Sends a job to a network printer over raw TCP (port 9100): connect, ask for the paper status,
// then write the ticket and close. Written on node:net rather than escpos-network's adapter,
// which has no timeouts (a printer that is off would hang a kiosk's request) and no way to wait
// for one status byte before deciding to print.
import { connect } from 'node:net';
import { DLE_EOT_PAPER, isStatusByte, paperState, type PaperState } from '@oss/shared';
import type { PrinterTarget } from './printer-config.js';

export type PrinterFault = 'printer-unavailable' | 'printer-out-of-paper';

/** A printer that could not print; `detail` is for the log, not for citizens. */
export class PrinterError extends Error {
  constructor(
    readonly code: PrinterFault,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'PrinterError';
  }
}

export interface PrintOutcome {
  /** `unknown` when the profile does not ask (statusCheck off). */
  paper: PaperState | 'unknown';
}

/** After the last byte, how long to wait for the printer to close its side before letting go. */
const CLOSE_GRACE_MS = 1000;

export function printOverTcp(target: PrinterTarget, job: Buffer): Promise<PrintOutcome> {
  const { connectMs, statusMs, writeMs } = target.timeouts;
  return new Promise<PrintOutcome>((resolve, reject) => {
    const socket = connect({ host: target.host, port: target.port });
    socket.setNoDelay(true);
    let step: 'connect' | 'status' | 'write' | 'closing' = 'connect';
    let outcome: PrintOutcome = { paper: 'unknown' };
    let timer: NodeJS.Timeout | undefined;
    let settled = false;

    const arm = (ms: number, onTimeout: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(onTimeout, ms);
    };
    const settle = (err: PrinterError | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(outcome);
    };
    const fail = (code: PrinterFault, detail: string) => settle(new PrinterError(code, detail));

    socket.on('error', (err) => {
      // An error after every byte was handed over (a reset on close) does not undo the print.
      if (step === 'closing') settle(null);
      else fail('printer-unavailable', `${step}: ${err.message}`);
    });
    socket.on('close', () => {
      if (step === 'closing') settle(null);
      else fail('printer-unavailable', `the printer closed the connection during ${step}`);
    });

    const send = () => {
      step = 'write';
      // Read (and drop) whatever the printer says from now on, so that closing is clean.
      socket.resume();
      arm(writeMs, () => fail('printer-unavailable', `the job was not accepted within ${writeMs} ms`));
      socket.end(job, () => {
        // Everything is with the operating system now; wait briefly for the printer to hang up.
        step = 'closing';
        arm(CLOSE_GRACE_MS, () => settle(null));
      });
    };

    const onStatus = (chunk: Buffer) => {
      const byte = chunk.find(isStatusByte);
      if (byte === undefined) return;
      socket.off('data', onStatus);
      const paper = paperState(byte);
      outcome = { paper };
      const hex = `0x${byte.toString(16).padStart(2, '0')}`;
      if (paper === 'out') return fail('printer-out-of-paper', `paper status ${hex}`);
      if (paper === 'near-end' && target.profile.nearEnd === 'refuse')
        return fail('printer-out-of-paper', `paper near end ${hex}`);
      send();
    };

    arm(connectMs, () => fail('printer-unavailable', `no connection within ${connectMs} ms`));
    socket.once('connect', () => {
      if (!target.profile.statusCheck) return send();
      step = 'status';
      arm(statusMs, () => fail('printer-unavailable', `no paper status within ${statusMs} ms`));
      socket.on('data', onStatus);
      socket.write(DLE_EOT_PAPER);
    });
  });
}
