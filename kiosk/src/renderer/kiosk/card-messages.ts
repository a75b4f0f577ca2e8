// The kiosk's words for the ID card and the devices, Thai first.
import type { DeviceStatus, Lang, Localized, ShellDeviceKind } from '@oss/shared';
import type { CardProblem } from './use-card-session.js';

export const CM = {
  hint: {
    th: 'ผู้สูงอายุ 60 ปีขึ้นไป เสียบบัตรประชาชนที่เครื่องอ่านบัตร เพื่อรับคิวผู้สูงอายุ',
    en: 'Aged 60 or over? Insert your Thai ID card in the reader for an elderly-priority ticket',
  },
  elderly: {
    th: 'ท่านได้รับสิทธิ์คิวผู้สูงอายุ (60 ปีขึ้นไป) ระบบเลือกให้แล้ว',
    en: 'You get elderly priority (60 or over); it is already selected',
  },
  cardRead: { th: 'อ่านบัตรแล้ว', en: 'Card read' },
  takeCard: { th: 'ถอดบัตรออกได้เลย ไม่มีการส่งข้อมูลบัตรไปที่ใด', en: 'You can take your card now; its details go nowhere' },
} satisfies Record<string, Localized>;

export function greeting(firstName: string, lang: Lang): string {
  if (!firstName) return CM.cardRead[lang];
  return lang === 'th' ? `สวัสดีค่ะ คุณ${firstName}` : `Hello, ${firstName}`;
}

export const CARD_PROBLEMS: Record<CardProblem, Localized> = {
  'bad-checksum': {
    th: 'บัตรนี้อ่านเลขประจำตัวไม่ถูกต้อง กรุณาเสียบบัตรใหม่อีกครั้ง หรือติดต่อเจ้าหน้าที่',
    en: 'The ID number on this card did not read correctly. Please insert it again or ask a staff member',
  },
  'card-unreadable': {
    th: 'อ่านบัตรไม่ได้ กรุณาถอดบัตรแล้วเสียบใหม่ให้สุด โดยหันชิปขึ้นด้านบน',
    en: 'The card could not be read. Please take it out and insert it fully, chip facing up',
  },
  'not-thai-id': {
    th: 'บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน กรุณาใช้บัตรประชาชน หรือรับบัตรคิวตามปกติ',
    en: 'This is not a Thai ID card. Please use your ID card, or take a ticket as usual',
  },
};

const DEVICE_NAMES: Record<ShellDeviceKind, Localized> = {
  'card-reader': { th: 'เครื่องอ่านบัตรไม่พร้อม', en: 'ID card reader not ready' },
  scanner: { th: 'เครื่องสแกนคิวอาร์ไม่พร้อม', en: 'QR scanner not ready' },
  printer: { th: 'เครื่องพิมพ์บัตรคิว (USB) ไม่พร้อม', en: 'USB ticket printer not ready' },
};

/**
 * One line for staff about a device that cannot work, e.g. "เครื่องอ่านบัตรไม่พร้อม: ไม่ได้ติดตั้ง
 * @pokusew/pcsclite"; null for devices that are fine, or a reader or scanner that is simply not
 * plugged in (a kiosk may have none).
 */
export function deviceProblem(status: DeviceStatus, lang: Lang): string | null {
  const what = DEVICE_NAMES[status.kind][lang];
  if (status.state === 'missing-package') {
    const pkg = status.package ?? '?';
    return lang === 'th' ? `${what}: ไม่ได้ติดตั้ง ${pkg}` : `${what}: ${pkg} is not installed`;
  }
  if (status.state === 'error') return `${what}: ${status.message ?? ''}`.trim();
  // A configured USB printer that is not there means citizens get no paper: staff should know.
  if (status.kind === 'printer' && status.state === 'no-device') {
    return lang === 'th' ? `${what}: ไม่พบเครื่องพิมพ์ที่สาย USB` : `${what}: no printer on the USB cable`;
  }
  return null;
}
