// The portal's words, Thai first.
import type { Localized, routes } from '@oss/shared';
import { messageOf, type ApiErrorCode, type ErrorMessages } from '@oss/shared/client';

export const P = {
  pageTitle: { th: 'บริการประชาชนออนไลน์', en: 'Online citizen services' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  login: { th: 'เข้าสู่ระบบ', en: 'Log in' },
  logout: { th: 'ออกจากระบบ', en: 'Log out' },
  register: { th: 'ลงทะเบียน', en: 'Register' },
  registerTitle: { th: 'ลงทะเบียนผู้ใช้งาน', en: 'Create an account' },
  noAccount: { th: 'ยังไม่มีบัญชี?', en: 'No account yet?' },
  lineLogin: { th: 'เข้าสู่ระบบด้วย LINE', en: 'Log in with LINE' },
  forgot: { th: 'ลืมรหัสผ่าน?', en: 'Forgot your password?' },
  username: { th: 'ชื่อผู้ใช้', en: 'Username' },
  password: { th: 'รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)', en: 'Password (at least 8 characters)' },
  name: { th: 'ชื่อ-นามสกุล', en: 'Full name' },
  citizenId: { th: 'เลขประจำตัวประชาชน 13 หลัก', en: 'Citizen ID (13 digits)' },
  citizenIdBad: { th: 'เลขประจำตัวประชาชนไม่ถูกต้อง', en: 'This citizen ID is not valid' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  address: { th: 'ที่อยู่', en: 'Address' },
  hidePersonal: {
    th: 'ซ่อนข้อมูลส่วนตัวของฉันจากเจ้าหน้าที่ (แสดงเฉพาะเมื่อจำเป็น และมีการบันทึก)',
    en: 'Hide my personal data from staff (shown only when needed, and logged)',
  },
  termsTitle: { th: 'ข้อตกลงและประกาศความเป็นส่วนตัว', en: 'Terms and privacy notice' },
  termsVersion: { th: 'ฉบับที่', en: 'Version' },
  acceptTerms: { th: 'ฉันได้อ่านและยอมรับข้อตกลงและประกาศความเป็นส่วนตัว', en: 'I have read and accept the terms and privacy notice' },
  accept: { th: 'ยอมรับ', en: 'Accept' },
  save: { th: 'บันทึก', en: 'Save' },
  completeProfile: { th: 'กรุณากรอกข้อมูลให้ครบถ้วน', en: 'Please complete your details' },
  myRequests: { th: 'คำขอของฉัน', en: 'My requests' },
  noRequests: { th: 'ยังไม่มีคำขอ', en: 'No requests yet' },
  newRequest: { th: 'ยื่นคำขอรับบริการ', en: 'Request a service' },
  chooseService: { th: 'เลือกบริการ', en: 'Choose a service' },
  subject: { th: 'เรื่อง', en: 'Subject' },
  details: { th: 'รายละเอียด', en: 'Details' },
  contact: { th: 'ช่องทางติดต่อกลับ', en: 'How to contact you' },
  contactPhone: { th: 'โทรศัพท์', en: 'Phone' },
  contactEmail: { th: 'อีเมล', en: 'E-mail' },
  contactLine: { th: 'LINE', en: 'LINE' },
  contactNone: { th: 'ไม่ต้องติดต่อ', en: 'No contact' },
  next: { th: 'ถัดไป', en: 'Next' },
  documentsNeeded: { th: 'เอกสารที่ต้องใช้', en: 'Documents needed' },
  attach: { th: 'แนบไฟล์ (PDF, JPG, PNG ไม่เกิน 5 MB, สูงสุด 5 ไฟล์)', en: 'Attach files (PDF, JPG, PNG, up to 5 MB, at most 5)' },
  attached: { th: 'ไฟล์ที่แนบ', en: 'Attached files' },
  remove: { th: 'ลบ', en: 'Remove' },
  uploading: { th: 'กำลังอัปโหลด…', en: 'Uploading…' },
  submit: { th: 'ส่งคำขอ', en: 'Submit' },
  submitted: { th: 'ส่งคำขอแล้ว', en: 'Submitted' },
  draft: { th: 'ร่าง', en: 'Draft' },
  cancelled: { th: 'ยกเลิกแล้ว', en: 'Cancelled' },
  howToCome: { th: 'เลือกวิธีรับบริการ', en: 'How would you like to come?' },
  todayTicket: { th: 'รับบัตรคิววันนี้', en: 'Take a ticket for today' },
  bookSlot: { th: 'จองวันและเวลา', en: 'Book a date and time' },
  chooseDay: { th: 'เลือกวัน', en: 'Choose a day' },
  chooseTime: { th: 'เลือกเวลา', en: 'Choose a time' },
  noSlots: { th: 'ไม่มีช่วงเวลาว่าง', en: 'No free times' },
  confirmBooking: { th: 'ยืนยันการจอง', en: 'Confirm booking' },
  bookingTitle: { th: 'การนัดหมายของคุณ', en: 'Your appointment' },
  bookingHint: {
    th: 'เมื่อมาถึง แสดงคิวอาร์โค้ดนี้ที่ตู้รับบัตรคิว (เลือก "มีนัดหมาย") หรือพิมพ์รหัส',
    en: 'When you arrive, scan this QR code at the kiosk ("I have a booking") or type the code',
  },
  bookingCode: { th: 'รหัสนัดหมาย', en: 'Booking code' },
  cancelBooking: { th: 'ยกเลิกการจอง', en: 'Cancel booking' },
  cancelRequest: { th: 'ยกเลิกคำขอ', en: 'Cancel request' },
  yourTicket: { th: 'บัตรคิวของคุณ', en: 'Your ticket' },
  follow: { th: 'ติดตามคิว', en: 'Follow the queue' },
  checkedIn: { th: 'เช็กอินแล้ว', en: 'Checked in' },
  lineNote: { th: 'ยืนยันและแจ้งเตือนก่อนถึงเวลาทาง LINE', en: 'Confirmation and a reminder come by LINE' },
  feedback: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
  feedbackTitle: { th: 'ข้อเสนอแนะเพื่อปรับปรุงบริการ', en: 'Suggestions to improve our services' },
  feedbackAbout: { th: 'เกี่ยวกับ', en: 'About' },
  feedbackOffice: { th: 'สำนักงานโดยรวม', en: 'The office in general' },
  feedbackText: { th: 'ข้อเสนอแนะของคุณ', en: 'Your suggestion' },
  send: { th: 'ส่ง', en: 'Send' },
  feedbackThanks: { th: 'ขอบคุณสำหรับข้อเสนอแนะ', en: 'Thank you for your suggestion' },
  forgotTitle: { th: 'ลืมรหัสผ่าน', en: 'Forgot password' },
  forgotHint: {
    th: 'กรอกอีเมลที่ลงทะเบียนไว้ เราจะส่งลิงก์ตั้งรหัสผ่านใหม่ให้',
    en: 'Enter the e-mail you registered; we will send a link to set a new password',
  },
  forgotSent: {
    th: 'หากมีบัญชีที่ใช้อีเมลนี้ เราได้ส่งลิงก์ไปแล้ว กรุณาตรวจสอบอีเมล (ลิงก์ใช้ได้ 30 นาที)',
    en: 'If an account uses this e-mail, a link is on its way. Please check your mail (the link works for 30 minutes)',
  },
  resetTitle: { th: 'ตั้งรหัสผ่านใหม่', en: 'Set a new password' },
  resetDone: { th: 'ตั้งรหัสผ่านใหม่แล้ว กรุณาเข้าสู่ระบบ', en: 'Your password is set. Please log in' },
  back: { th: 'ย้อนกลับ', en: 'Back' },
  home: { th: 'หน้าแรก', en: 'Home' },
  tryAgain: { th: 'ลองอีกครั้ง', en: 'Try again' },
} satisfies Record<string, Localized>;

/** Why LINE Login sent the citizen back (the callback's ?error=, server/src/citizens/line-login.ts). */
type LineLoginError = 'line-login-state' | 'line-login-failed' | 'line-login-cancelled' | 'line-login-in-use';

/** Every code of the portal's calls (portal/api.ts), and LINE Login's. */
type PortalCall = (typeof routes)[
  | 'portalInfo'
  | 'citizenTerms'
  | 'citizenMe'
  | 'register'
  | 'citizenLogin'
  | 'citizenLogout'
  | 'updateCitizen'
  | 'consent'
  | 'passwordReset'
  | 'passwordResetConfirm'
  | 'lineLogin'
  | 'services'
  | 'requests'
  | 'request'
  | 'createRequest'
  | 'uploadDocument'
  | 'deleteDocument'
  | 'submitRequest'
  | 'cancelRequest'
  | 'requestTicket'
  | 'slots'
  | 'book'
  | 'cancelBooking'
  | 'feedback'];

const ERRORS = {
  unauthorized: { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  'rate-limited': { th: 'ลองหลายครั้งเกินไป กรุณารอสักครู่', en: 'Too many attempts; please wait a moment' },
  'username-taken': { th: 'ชื่อผู้ใช้นี้มีผู้ใช้แล้ว', en: 'That username is taken' },
  'citizen-id-invalid': { th: 'เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง', en: 'That citizen ID is not valid; please check it' },
  'citizen-id-taken': {
    th: 'เลขประจำตัวประชาชนนี้มีบัญชีอื่นใช้อยู่แล้ว กรุณาติดต่อเจ้าหน้าที่ที่เคาน์เตอร์',
    en: 'Another account already has this citizen ID; please ask at the counter',
  },
  'terms-outdated': { th: 'ข้อตกลงมีการปรับปรุง กรุณาอ่านและยอมรับอีกครั้ง', en: 'The terms changed; please read and accept them again' },
  'reset-token-invalid': { th: 'ลิงก์นี้ใช้แล้วหรือหมดอายุ กรุณาขอใหม่', en: 'This link was used or has expired; ask for a new one' },
  'weak-password': {
    th: 'รหัสผ่านนี้เดาง่ายเกินไป (เป็นรหัสที่คนใช้กันมาก หรือมีชื่อหรือชื่อผู้ใช้ของคุณ) ลองใช้คำที่ไม่เกี่ยวกัน 3–4 คำต่อกัน เช่น “ฟ้า มะม่วง ระฆัง”',
    en: 'This password is too easy to guess (a common one, or it contains your name or username). Try three or four unrelated words, such as “lantern mango bell”',
  },
  'too-many-bookings': {
    th: 'คุณมีนัดหมายที่ยังไม่ถึงเวลาครบจำนวนแล้ว กรุณายกเลิกนัดเดิมก่อนจองใหม่',
    en: 'You already hold as many bookings as one person may; cancel one before booking another',
  },
  'too-many-tickets': {
    th: 'วันนี้คุณรับบัตรคิวจากระบบออนไลน์ครบจำนวนแล้ว กรุณารับบัตรคิวที่ตู้ในสำนักงาน',
    en: 'You have taken as many tickets online today as one person may; please take one at the kiosk in the office',
  },
  'citizen-id-locked': {
    th: 'เปลี่ยนเลขประจำตัวประชาชนเองไม่ได้ กรุณาติดต่อเจ้าหน้าที่ที่เคาน์เตอร์พร้อมบัตรประชาชน',
    en: 'The citizen ID cannot be changed here; please ask at the counter with your ID card',
  },
  'public-url-not-set': {
    th: 'ระบบนี้ยังไม่เปิดให้เข้าสู่ระบบด้วย LINE',
    en: 'LINE Login is not available on this system',
  },
  'line-login-off': { th: 'ระบบนี้ยังไม่เปิดให้เข้าสู่ระบบด้วย LINE', en: 'LINE Login is not available on this system' },
  'service-not-found': { th: 'ไม่พบบริการนี้ กรุณาเลือกใหม่', en: 'This service no longer exists; please choose again' },
  'request-not-found': { th: 'ไม่พบคำขอนี้ในบัญชีของคุณ', en: 'This request is not in your account' },
  'request-not-editable': { th: 'คำขอนี้แก้ไขไม่ได้แล้ว', en: 'This request can no longer be changed' },
  'request-not-submitted': { th: 'กรุณาส่งคำขอของคุณก่อน', en: 'Please submit your request first' },
  'request-already-booked': { th: 'คำขอนี้มีนัดหมายแล้ว', en: 'This request already has a booking' },
  'document-not-found': { th: 'ไม่พบไฟล์นี้ (อาจถูกลบไปแล้ว)', en: 'This file was not found (it may have been removed)' },
  'booking-not-found': { th: 'ไม่พบนัดหมายนี้ในบัญชีของคุณ', en: 'This booking is not in your account' },
  'booking-used': { th: 'นัดหมายนี้เช็กอินไปแล้ว', en: 'This booking was checked in already' },
  'booking-cancelled': { th: 'นัดหมายนี้ถูกยกเลิกแล้ว', en: 'This booking was cancelled' },
  'file-type-not-allowed': { th: 'แนบได้เฉพาะไฟล์ PDF, JPG และ PNG', en: 'Only PDF, JPG and PNG files can be attached' },
  'file-too-large': { th: 'ไฟล์ใหญ่เกิน 5 MB', en: 'The file is larger than 5 MB' },
  'too-many-files': { th: 'แนบได้สูงสุด 5 ไฟล์', en: 'At most 5 files' },
  'file-name-invalid': { th: 'ชื่อไฟล์ไม่ถูกต้อง', en: 'The file name is not valid' },
  'quota-exceeded': {
    th: 'พื้นที่เก็บเอกสารของคุณเต็มแล้ว กรุณาลบไฟล์ที่ไม่ใช้แล้วออกจากคำขอที่ยังไม่ส่ง แล้วลองอีกครั้ง',
    en: 'Your space for documents is full. Remove files you no longer need from a request not yet submitted, then try again',
  },
  'too-many-drafts': {
    th: 'คุณมีคำขอที่ยังไม่ส่งครบจำนวนแล้ว กรุณาส่งหรือยกเลิกคำขอเดิมก่อน',
    en: 'You have as many unsent requests as allowed. Submit or cancel one of them first',
  },
  'insufficient-storage': {
    th: 'ขณะนี้ระบบรับไฟล์ไม่ได้ ไฟล์ยังไม่ถูกบันทึก กรุณาลองใหม่ภายหลัง หรือนำเอกสารมาที่สำนักงาน',
    en: 'The office cannot take files right now; nothing was saved. Try again later, or bring the documents with you',
  },
  'slot-full': { th: 'เวลานี้เต็มแล้ว กรุณาเลือกเวลาอื่น', en: 'That time was just taken; choose another' },
  'slot-unavailable': { th: 'จองเวลานี้ไม่ได้', en: 'That time cannot be booked' },
  'service-closed': { th: 'บริการนี้ปิดรับคิวในขณะนี้', en: 'This service is not taking tickets now' },
  'daily-cap-reached': { th: 'บัตรคิววันนี้เต็มแล้ว', en: 'Today’s tickets are all taken' },
  'consent-required': { th: 'กรุณายอมรับข้อตกลงก่อน', en: 'Please accept the terms first' },
  'line-login-state': { th: 'การเข้าสู่ระบบด้วย LINE ไม่สำเร็จ กรุณาลองใหม่', en: 'LINE Login did not work; please try again' },
  'line-login-failed': { th: 'ติดต่อ LINE ไม่ได้ กรุณาลองใหม่', en: 'LINE could not be reached; please try again' },
  'line-login-cancelled': { th: 'ยกเลิกการเข้าสู่ระบบด้วย LINE', en: 'LINE Login was cancelled' },
  'line-login-in-use': { th: 'บัญชี LINE นี้ผูกกับผู้ใช้อื่นแล้ว', en: 'This LINE account belongs to another user' },
  'hub-unreachable': { th: 'ติดต่อระบบไม่ได้ กรุณาลองใหม่', en: 'The system cannot be reached; please try again' },
  'bad-request': { th: 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบ', en: 'Please check what you entered' },
} satisfies ErrorMessages<PortalCall, ApiErrorCode | LineLoginError>;

export function errorText(code: string): Localized {
  return messageOf(ERRORS, code) ?? { th: 'เกิดข้อผิดพลาด กรุณาลองใหม่', en: 'Something went wrong; please try again' };
}
