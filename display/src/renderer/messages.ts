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
  announcement: { th: 'ประกาศ', en: 'Notice' },
  enableSound: { th: 'แตะเพื่อเปิดเสียง', en: 'Tap to enable sound' },
  enableSoundDetail: {
    th: 'เบราว์เซอร์นี้ต้องการการแตะหนึ่งครั้งก่อนเล่นเสียงเรียกคิว',
    en: 'This browser needs one tap before it plays the calls',
  },
  setupTitle: { th: 'ตั้งค่าจอแสดงคิว', en: 'Set up this display' },
  setupHelp: {
    th: 'พิมพ์รหัสจับคู่ที่ผู้ดูแลระบบได้รับเมื่อเพิ่มจอนี้ (เช่น ABCD-EFGH)',
    en: 'Type the pairing code the admin got when adding this display (e.g. ABCD-EFGH)',
  },
  pair: { th: 'จับคู่', en: 'Pair' },
  pairedAs: { th: 'จอนี้จับคู่แล้วในชื่อ', en: 'Paired as' },
  keepPairing: { th: 'ใช้การตั้งค่าเดิม', en: 'Keep this pairing' },
  unpaired: { th: 'ใช้งานโดยไม่จับคู่ (แสดงทุกช่อง)', en: 'Use unpaired (show everything)' },
  pairing: { th: 'กำลังจับคู่…', en: 'Pairing…' },
} satisfies Record<string, Localized>;
