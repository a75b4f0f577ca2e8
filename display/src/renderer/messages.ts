// The TV board's text. The lobby reads Thai first and English under it, so both are shown.
import type { Localized } from '@oss/shared';

export const MESSAGES = {
  nowCalling: { th: 'เชิญหมายเลข', en: 'Now calling' },
  goTo: { th: 'ที่', en: 'please go to' },
  noCallsYet: { th: 'ยังไม่มีการเรียกคิว', en: 'No tickets called yet' },
  counters: { th: 'ช่องบริการ', en: 'Counters' },
  recentCalls: { th: 'เรียกล่าสุด', en: 'Recent calls' },
  waiting: { th: 'คิวรอ', en: 'Waiting' },
  waitingUnit: { th: 'คิว', en: 'waiting' },
  closed: { th: 'ปิดพัก', en: 'Closed' },
  free: { th: 'ว่าง', en: 'Free' },
  linkLost: { th: 'ขาดการเชื่อมต่อกับระบบ', en: 'Connection lost' },
  linkLostDetail: { th: 'กำลังเชื่อมต่อใหม่ ข้อมูลบนจออาจไม่เป็นปัจจุบัน', en: 'Reconnecting; the board may be out of date' },
  connecting: { th: 'กำลังเชื่อมต่อ…', en: 'Connecting…' },
  recall: { th: 'เรียกซ้ำ', en: 'Recall' },
} satisfies Record<string, Localized>;
