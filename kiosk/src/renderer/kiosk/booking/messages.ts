// The booking check-in's words, Thai first.
import type { Localized, routes } from '@oss/shared';
import { messageOf, type ErrorMessages } from '@oss/shared/client';

export const B = {
  button: { th: 'มีนัดหมาย', en: 'I have a booking' },
  buttonHint: { th: 'สแกนคิวอาร์โค้ดนัดหมาย หรือพิมพ์รหัส', en: 'Scan your booking QR code or type its code' },
  title: { th: 'เช็กอินนัดหมาย', en: 'Check in your booking' },
  scanHint: {
    th: 'นำคิวอาร์โค้ดนัดหมายบนโทรศัพท์มาสแกนที่เครื่องอ่าน หรือพิมพ์รหัสนัดหมาย 10 ตัวด้านล่าง',
    en: 'Hold the booking QR code on your phone to the scanner, or type the 10-character booking code below',
  },
  codeLabel: { th: 'รหัสนัดหมาย', en: 'Booking code' },
  checkIn: { th: 'เช็กอิน', en: 'Check in' },
  clear: { th: 'ล้าง', en: 'Clear' },
  delete: { th: 'ลบ', en: 'Delete' },
  checking: { th: 'กำลังตรวจสอบ…', en: 'Checking…' },
  back: { th: 'ย้อนกลับ', en: 'Back' },
} satisfies Record<string, Localized>;

/** Every code the check-in may answer. */
const ERRORS = {
  'bad-request': { th: 'รหัสนัดหมายไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง', en: 'That booking code is not valid. Please check it' },
  'booking-not-found': { th: 'ไม่พบรหัสนัดหมายนี้ กรุณาตรวจสอบอีกครั้ง', en: 'No booking has this code. Please check it' },
  'booking-wrong-day': { th: 'นัดหมายนี้ไม่ใช่ของวันนี้', en: 'This booking is not for today' },
  'booking-used': { th: 'นัดหมายนี้เช็กอินไปแล้ว', en: 'This booking was checked in already' },
  'booking-cancelled': { th: 'นัดหมายนี้ถูกยกเลิกแล้ว', en: 'This booking was cancelled' },
  'service-closed': { th: 'บริการนี้ปิดรับคิวในขณะนี้', en: 'This service is not taking tickets now' },
  'service-not-found': {
    th: 'ไม่พบบริการของนัดหมายนี้ กรุณาติดต่อเจ้าหน้าที่',
    en: 'The service of this booking no longer exists; please ask a staff member',
  },
  'daily-cap-reached': { th: 'บัตรคิวของบริการนี้วันนี้เต็มแล้ว', en: 'Today’s tickets for this service are all taken' },
  'rate-limited': { th: 'ลองหลายครั้งเกินไป กรุณารอสักครู่', en: 'Too many tries; please wait a moment' },
  'hub-unreachable': { th: 'ติดต่อระบบคิวไม่ได้ กรุณาลองใหม่', en: 'The queue system cannot be reached; please try again' },
} satisfies ErrorMessages<typeof routes.checkIn>;

export function checkInError(code: string): Localized {
  return messageOf(ERRORS, code) ?? { th: 'เช็กอินไม่สำเร็จ กรุณาติดต่อเจ้าหน้าที่', en: 'Check-in failed; please ask a staff member' };
}
