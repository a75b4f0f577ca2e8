// Printer alerts for the counters: the current state per printer, in memory (a restarted hub
// learns it again at the next print), and a listener for the Socket.IO stream to pass on.
// A change is announced once: a printer that fails ten times in a row raises one alert.
import type { Alert } from '@oss/shared';
import type { Clock } from '../clock.js';
import type { PrinterFault } from './network-printer.js';

type AlertCode = Alert['code'];

const MESSAGES: Record<AlertCode, { level: Alert['level']; message: Alert['message'] }> = {
  'printer-out-of-paper': {
    level: 'error',
    message: {
      th: 'เครื่องพิมพ์บัตรคิวกระดาษหมด กรุณาใส่กระดาษม้วนใหม่ และพิมพ์บัตรซ้ำให้ผู้ที่รออยู่',
      en: 'The ticket printer is out of paper: load a new roll and reprint for anyone waiting',
    },
  },
  'printer-unavailable': {
    level: 'error',
    message: {
      th: 'ติดต่อเครื่องพิมพ์บัตรคิวไม่ได้ ตรวจสอบว่าเปิดเครื่องและเสียบสายแลนแล้ว',
      en: 'The ticket printer does not answer: check that it is on and its network cable is in',
    },
  },
  'printer-paper-low': {
    level: 'warning',
    message: { th: 'กระดาษเครื่องพิมพ์บัตรคิวใกล้หมด', en: 'The ticket printer is running low on paper' },
  },
  'printer-ok': {
    level: 'info',
    message: { th: 'เครื่องพิมพ์บัตรคิวกลับมาใช้งานได้แล้ว', en: 'The ticket printer is working again' },
  },
};

/** A kiosk's USB printer is not on the network: tell staff what to check there instead. */
const USB_UNAVAILABLE: Alert['message'] = {
  th: 'เครื่องพิมพ์บัตรคิวที่ตู้กดบัตรคิวไม่ตอบสนอง ตรวจสอบว่าเปิดเครื่องและเสียบสาย USB แล้ว',
  en: 'The kiosk’s ticket printer does not answer: check that it is on and its USB cable is in',
};

/** Satisfies the stream's AlertSource: the active alerts for a new staff socket, and each change. */
export class PrinterAlerts {
  private readonly current = new Map<string, Alert>();
  private readonly listeners = new Set<(alert: Alert) => void>();

  constructor(private readonly clock: Clock) {}

  active(): Alert[] {
    return [...this.current.values()];
  }

  onAlert(listener: (alert: Alert) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A print failed, or worked with the paper nearly out. */
  raise(
    printer: { id: string; label: string },
    code: PrinterFault | 'printer-paper-low',
    connection: 'network' | 'usb' = 'network',
  ): void {
    const existing = this.current.get(printer.id);
    if (existing?.code === code) return;
    const alert: Alert = {
      id: printer.id,
      kind: 'printer',
      code,
      ...MESSAGES[code],
      ...(connection === 'usb' && code === 'printer-unavailable' ? { message: USB_UNAVAILABLE } : {}),
      source: printer.label,
      active: true,
      at: this.clock.now().toISOString(),
    };
    this.current.set(printer.id, alert);
    this.announce(alert);
  }

  /** A print worked with paper to spare: whatever was wrong is over. */
  clear(printer: { id: string; label: string }): void {
    if (!this.current.delete(printer.id)) return;
    const code = 'printer-ok';
    this.announce({
      id: printer.id,
      kind: 'printer',
      code,
      ...MESSAGES[code],
      source: printer.label,
      active: false,
      at: this.clock.now().toISOString(),
    });
  }

  private announce(alert: Alert): void {
    for (const listener of this.listeners) {
      try {
        listener(alert);
      } catch {
        // A failing listener must not turn a print into an error.
      }
    }
  }
}
