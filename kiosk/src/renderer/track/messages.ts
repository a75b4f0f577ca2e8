// The ticket tracker's words, Thai first. Statuses come from STATUS_LABELS in @oss/shared.
import type { Lang, Localized } from '@oss/shared';

export const T = {
  pageTitle: { th: 'ติดตามคิว', en: 'Follow your queue' },
  loading: { th: 'กำลังโหลดข้อมูลคิว…', en: 'Loading your ticket…' },
  yourNumber: { th: 'หมายเลขคิวของคุณ', en: 'Your queue number' },
  status: { th: 'สถานะ', en: 'Status' },
  ahead: { th: 'คิวก่อนหน้าคุณ', en: 'Ahead of you' },
  wait: { th: 'เวลารอโดยประมาณ', en: 'Estimated wait' },
  yourTurn: { th: 'ถึงคิวของคุณแล้ว', en: 'It’s your turn' },
  goTo: { th: 'กรุณาไปที่', en: 'Please go to' },
  beingServed: { th: 'กำลังให้บริการที่', en: 'Being served at' },
  nowServing: { th: 'กำลังเรียกคิว', en: 'Now serving' },
  nobodyServed: { th: 'ยังไม่มีการเรียกคิว', en: 'No one is being called yet' },
  counter: { th: 'ช่องบริการ', en: 'Counter' },
  number: { th: 'หมายเลข', en: 'Number' },
  cancel: { th: 'ยกเลิกคิวนี้', en: 'Cancel this ticket' },
  cancelConfirm: { th: 'ต้องการยกเลิกคิวนี้ใช่หรือไม่? เมื่อยกเลิกแล้วจะไม่สามารถเรียกคืนได้', en: 'Cancel this ticket? This cannot be undone.' },
  cancelYes: { th: 'ใช่ ยกเลิกคิว', en: 'Yes, cancel it' },
  cancelNo: { th: 'ไม่ยกเลิก', en: 'No, keep it' },
  cancelled: { th: 'ยกเลิกคิวนี้แล้ว', en: 'This ticket is cancelled' },
  cancelFailed: { th: 'ยกเลิกไม่สำเร็จ กรุณาลองใหม่', en: 'Could not cancel, please try again' },
  rateTitle: { th: 'กรุณาให้คะแนนความพึงพอใจ', en: 'How was our service?' },
  rateComment: { th: 'ความคิดเห็นเพิ่มเติม (ไม่บังคับ)', en: 'Comments (optional)' },
  rateSend: { th: 'ส่งคะแนน', en: 'Send rating' },
  rateThanks: { th: 'ขอบคุณสำหรับการประเมิน', en: 'Thank you for your rating' },
  rateFailed: { th: 'ส่งคะแนนไม่สำเร็จ กรุณาลองใหม่', en: 'Could not send, please try again' },
  notFoundTitle: { th: 'ไม่พบคิวนี้', en: 'Ticket not found' },
  notFoundText: {
    th: 'รหัสติดตามคิวไม่ถูกต้อง หรือคิวนี้หมดอายุแล้ว กรุณาสแกน QR บนบัตรคิวอีกครั้ง',
    en: 'The tracking code is wrong or the ticket has expired. Please scan the QR on your ticket again',
  },
  errorTitle: { th: 'ไม่สามารถโหลดข้อมูลคิวได้', en: 'Could not load your ticket' },
  errorText: { th: 'ไม่สามารถติดต่อระบบคิวได้ในขณะนี้', en: 'The queue system cannot be reached right now' },
  tryAgain: { th: 'ลองอีกครั้ง', en: 'Try again' },
  stale: { th: 'ข้อมูลอาจไม่เป็นปัจจุบัน กำลังเชื่อมต่อใหม่…', en: 'This may be out of date, reconnecting…' },
  offline: { th: 'ขาดการเชื่อมต่อ กำลังเชื่อมต่อใหม่…', en: 'Connection lost, reconnecting…' },
  finished: { th: 'ขอบคุณที่ใช้บริการ', en: 'Thank you for visiting' },
} satisfies Record<string, Localized>;

export function aheadCount(n: number, lang: Lang): string {
  if (lang === 'th') return n === 0 ? 'คุณคือคิวถัดไป' : `${n} คิว`;
  if (n === 0) return 'You are next';
  return n === 1 ? '1 person' : `${n} people`;
}

export function starLabel(score: number, lang: Lang): string {
  return lang === 'th' ? `${score} ดาว` : `${score} star${score === 1 ? '' : 's'}`;
}
