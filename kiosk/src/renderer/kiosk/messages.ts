// The lobby kiosk's own words, Thai first. Shared words (statuses, priorities) come from @oss/shared.
import type { Lang, Localized, routes } from '@oss/shared';
import { messageOf, type ErrorMessages } from '@oss/shared/client';
import type { PrintStatus } from './print.js';

export const M = {
  pageTitle: { th: 'ตู้กดบัตรคิว', en: 'Queue ticket kiosk' },
  chooseService: { th: 'กรุณาแตะเลือกบริการที่ต้องการ', en: 'Please tap the service you need' },
  loading: { th: 'กำลังโหลดรายการบริการ…', en: 'Loading services…' },
  noServices: { th: 'ขณะนี้ยังไม่มีบริการเปิดให้รับบัตรคิว', en: 'No service is taking tickets right now' },
  closed: { th: 'ปิดรับบัตรคิว', en: 'Not taking tickets' },
  closedReason: {
    th: 'นอกเวลาให้บริการ หรือบัตรคิววันนี้เต็มแล้ว',
    en: 'Outside service hours, or today’s tickets are all taken',
  },
  helpDesk: {
    th: 'ไม่แน่ใจว่าต้องเลือกบริการใด? สอบถามเจ้าหน้าที่ประชาสัมพันธ์ได้เลย',
    en: 'Not sure which service to choose? Please ask at the information desk',
  },
  back: { th: 'ย้อนกลับ', en: 'Back' },
  documentsTitle: { th: 'เอกสารที่ต้องเตรียมมา', en: 'Documents to bring' },
  noDocuments: { th: 'ไม่ต้องใช้เอกสาร', en: 'No documents needed' },
  priorityTitle: { th: 'ประเภทผู้รับบริการ', en: 'Who is the ticket for?' },
  priorityHint: {
    th: 'ผู้สูงอายุ ผู้พิการ หญิงตั้งครรภ์ และพระภิกษุสงฆ์ จะได้รับบริการก่อน',
    en: 'The elderly, people with a disability, pregnant women and monks are served first',
  },
  getTicket: { th: 'รับบัตรคิว', en: 'Get ticket' },
  issuing: { th: 'กำลังออกบัตรคิว กรุณารอสักครู่…', en: 'Issuing your ticket, please wait…' },
  yourNumber: { th: 'หมายเลขคิวของคุณ', en: 'Your queue number' },
  aheadLabel: { th: 'คิวก่อนหน้าคุณ', en: 'Ahead of you' },
  waitLabel: { th: 'เวลารอโดยประมาณ', en: 'Estimated wait' },
  issuedLabel: { th: 'ออกบัตรเมื่อ', en: 'Issued' },
  at: { th: 'เวลา', en: 'at' },
  followTitle: { th: 'ติดตามคิวบนโทรศัพท์', en: 'Follow your queue on your phone' },
  scanToFollow: {
    th: 'ใช้กล้องโทรศัพท์สแกนคิวอาร์โค้ดนี้ เพื่อดูว่าเหลืออีกกี่คิวจะถึงคุณ',
    en: 'Scan this QR code with your phone camera to see how many are ahead and when it is your turn',
  },
  qrAlt: { th: 'คิวอาร์โค้ดสำหรับติดตามคิว', en: 'QR code to follow your queue' },
  pleaseWait: {
    th: 'กรุณานั่งรอ และฟังเสียงเรียกหมายเลขของคุณ',
    en: 'Please take a seat and listen for your number',
  },
  done: { th: 'เสร็จสิ้น', en: 'Done' },
  backToStart: { th: 'กลับหน้าแรก', en: 'Back to start' },
  tryAgain: { th: 'ลองอีกครั้ง', en: 'Try again' },
  offline: {
    th: 'ขาดการเชื่อมต่อกับระบบคิว กำลังเชื่อมต่อใหม่… หากรอนาน กรุณาติดต่อเจ้าหน้าที่',
    en: 'Lost connection to the queue system, reconnecting… If this lasts, please ask a staff member',
  },
  errorTitle: { th: 'ขออภัย ไม่สามารถออกบัตรคิวได้', en: 'Sorry, we could not issue a ticket' },
  askStaff: { th: 'หากต้องการความช่วยเหลือ กรุณาติดต่อเจ้าหน้าที่', en: 'If you need help, please ask a staff member' },
} satisfies Record<string, Localized>;

/** What became of the paper ticket (see print.ts). */
export const PRINT_TEXT: Record<PrintStatus, Localized> = {
  printing: { th: 'กำลังพิมพ์บัตรคิว…', en: 'Printing your ticket…' },
  printed: { th: 'กรุณารับบัตรคิวที่ช่องด้านล่าง', en: 'Please take your printed ticket below' },
  'no-printer': { th: 'กรุณาจดหรือถ่ายรูปหมายเลขคิวไว้', en: 'Please note down or photograph your number' },
  failed: {
    th: 'พิมพ์บัตรคิวไม่ได้ กรุณาถ่ายรูปหน้าจอนี้ไว้ หมายเลขคิวของคุณยังใช้ได้',
    en: 'The ticket could not be printed. Please take a photo of this screen: your number is still valid',
  },
};

/** What each hub error means for the citizen at the kiosk: every code of the calls it makes. */
const ERRORS = {
  'hub-unreachable': {
    th: 'ไม่สามารถติดต่อระบบคิวได้ในขณะนี้',
    en: 'The queue system cannot be reached right now',
  },
  'service-closed': {
    th: 'บริการนี้ปิดรับบัตรคิวแล้ว (นอกเวลาให้บริการ)',
    en: 'This service is not taking tickets now (outside service hours)',
  },
  'daily-cap-reached': {
    th: 'บัตรคิวของบริการนี้สำหรับวันนี้เต็มแล้ว กรุณามาใหม่ในวันทำการถัดไป',
    en: 'Today’s tickets for this service are all taken. Please come back on the next working day',
  },
  'service-not-found': {
    th: 'ไม่พบบริการนี้ในระบบ กรุณาเลือกใหม่',
    en: 'This service no longer exists. Please choose again',
  },
  'rate-limited': {
    th: 'มีการกดรับบัตรคิวถี่เกินไป กรุณารอสักครู่แล้วลองใหม่',
    en: 'Too many requests. Please wait a moment and try again',
  },
  'idempotency-key-reused': {
    th: 'คำขอบัตรคิวนี้ซ้ำกับครั้งก่อน กรุณาเริ่มใหม่อีกครั้ง',
    en: 'This ticket request repeats an earlier one. Please start again',
  },
} satisfies ErrorMessages<typeof routes.issueTicket | typeof routes.services>;
const UNKNOWN_ERROR: Localized = { th: 'เกิดข้อผิดพลาดในระบบ', en: 'Something went wrong' };

export function errorText(code: string): Localized {
  return messageOf(ERRORS, code) ?? UNKNOWN_ERROR;
}

export function waitingCount(n: number, lang: Lang): string {
  if (lang === 'th') return n === 0 ? 'ไม่มีคิวรอ' : `รอ ${n} คิว`;
  return n === 0 ? 'nobody waiting' : `${n} waiting`;
}

export function aheadText(ahead: number, lang: Lang): string {
  if (lang === 'th') return ahead === 0 ? 'คุณคือคิวถัดไป' : `${ahead} คิว`;
  if (ahead === 0) return 'You are next';
  return ahead === 1 ? '1 person' : `${ahead} people`;
}

export function returnCountdown(seconds: number, lang: Lang): string {
  return lang === 'th' ? `กลับหน้าแรกอัตโนมัติใน ${seconds} วินาที` : `Returning to the start in ${seconds} s`;
}
