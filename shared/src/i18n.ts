// Words every screen shares, Thai first. Each app keeps its own screen text beside its renderer.
import type { Localized, Priority, TicketStatus } from './domain.js';
import type { Lang } from './format.js';

export const STATUS_LABELS: Record<TicketStatus, Localized> = {
  waiting: { th: 'รอเรียก', en: 'Waiting' },
  called: { th: 'เรียกแล้ว', en: 'Called' },
  serving: { th: 'กำลังให้บริการ', en: 'Being served' },
  done: { th: 'เสร็จสิ้น', en: 'Done' },
  'no-show': { th: 'ไม่มาตามเรียก', en: 'No-show' },
  held: { th: 'พักคิว', en: 'On hold' },
  transferred: { th: 'โอนคิว', en: 'Transferred' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
  expired: { th: 'หมดอายุ', en: 'Expired' },
};

export const PRIORITY_LABELS: Record<Priority, Localized> = {
  none: { th: 'ทั่วไป', en: 'General' },
  elderly: { th: 'ผู้สูงอายุ (60 ปีขึ้นไป)', en: 'Elderly (60+)' },
  disabled: { th: 'ผู้พิการ', en: 'Person with a disability' },
  pregnant: { th: 'หญิงตั้งครรภ์', en: 'Pregnant woman' },
  monk: { th: 'พระภิกษุสงฆ์', en: 'Monk' },
};

export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.th;
}

/** Reads the language choice a screen keeps (Thai unless the user switched). */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'th';
}
