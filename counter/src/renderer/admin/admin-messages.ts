// The admin pages' text, Thai first.
import type { Lang, Localized, StaffRole } from '@oss/shared';
import { pick } from '@oss/shared';
import type { AdminSection } from '../route';

export const SECTION_LABELS: Record<AdminSection, Localized> = {
  services: { th: 'งานบริการ', en: 'Services' },
  counters: { th: 'ช่องบริการ', en: 'Counters' },
  users: { th: 'เจ้าหน้าที่', en: 'Staff' },
  devices: { th: 'อุปกรณ์', en: 'Devices' },
  settings: { th: 'ตั้งค่าสำนักงาน', en: 'Office settings' },
  terms: { th: 'ข้อตกลงและนโยบาย', en: 'Terms & privacy' },
  audit: { th: 'บันทึกการแก้ไข', en: 'Audit log' },
};

const A = {
  title: { th: 'จัดการระบบ', en: 'Administration' },
  add: { th: 'เพิ่ม', en: 'Add' },
  edit: { th: 'แก้ไข', en: 'Edit' },
  save: { th: 'บันทึก', en: 'Save' },
  saving: { th: 'กำลังบันทึก…', en: 'Saving…' },
  saved: { th: 'บันทึกแล้ว', en: 'Saved' },
  cancel: { th: 'ยกเลิก', en: 'Cancel' },
  remove: { th: 'ลบ', en: 'Delete' },
  confirmRemove: { th: 'กดอีกครั้งเพื่อยืนยันการลบ', en: 'Press again to delete' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  none: { th: 'ยังไม่มี', en: 'None yet' },
  yes: { th: 'ใช่', en: 'Yes' },
  no: { th: 'ไม่', en: 'No' },
  active: { th: 'ใช้งาน', en: 'Active' },
  inactive: { th: 'ปิดใช้งาน', en: 'Inactive' },
  order: { th: 'ลำดับ', en: 'Order' },
  nameTh: { th: 'ชื่อ (ไทย)', en: 'Name (Thai)' },
  nameEn: { th: 'ชื่อ (อังกฤษ)', en: 'Name (English)' },
  all: { th: 'ทั้งหมด', en: 'All' },
  moveUp: { th: 'เลื่อนขึ้น', en: 'Move up' },
  moveDown: { th: 'เลื่อนลง', en: 'Move down' },
  // Services
  newService: { th: 'เพิ่มงานบริการ', en: 'New service' },
  code: { th: 'รหัส (อักษรนำหน้าเลขคิว)', en: 'Code (ticket prefix)' },
  descriptionTh: { th: 'คำอธิบาย (ไทย)', en: 'Description (Thai)' },
  descriptionEn: { th: 'คำอธิบาย (อังกฤษ)', en: 'Description (English)' },
  documents: { th: 'เอกสารที่ต้องนำมา', en: 'Documents to bring' },
  addDocument: { th: 'เพิ่มเอกสาร', en: 'Add a document' },
  documentTh: { th: 'เอกสาร (ไทย)', en: 'Document (Thai)' },
  documentEn: { th: 'เอกสาร (อังกฤษ)', en: 'Document (English)' },
  openTime: { th: 'เวลาเปิดรับคิว', en: 'Opens at' },
  closeTime: { th: 'เวลาปิดรับคิว', en: 'Closes at' },
  hoursHint: { th: 'เว้นว่างทั้งคู่ = รับคิวตลอดเวลาที่ระบบเปิด', en: 'Both empty = whenever the hub runs' },
  hours: { th: 'เวลารับคิว', en: 'Hours' },
  always: { th: 'ตลอด', en: 'Always' },
  dailyCap: { th: 'รับคิวสูงสุดต่อวัน', en: 'Daily cap' },
  dailyCapHint: { th: 'เว้นว่าง = ไม่จำกัด', en: 'Empty = no cap' },
  noCap: { th: 'ไม่จำกัด', en: 'No cap' },
  avgMinutes: { th: 'เวลาบริการเฉลี่ย (นาที)', en: 'Average service time (min)' },
  serviceActive: { th: 'เปิดให้บริการ (แสดงที่ตู้กดบัตรคิว)', en: 'Active (offered at the kiosk)' },
  // Counters
  newCounter: { th: 'เพิ่มช่องบริการ', en: 'New counter' },
  counterServices: { th: 'งานที่ช่องนี้ให้บริการ (ตามลำดับ)', en: 'Services it serves (in order)' },
  ratio: { th: 'นโยบายการเรียกคิว: คิวปกติต่อคิวผู้มีสิทธิ์ก่อน 1 คิว', en: 'Calling policy: normal calls per priority call' },
  ratioHint: {
    th: 'เช่น 2 = เรียกคิวปกติ 2 คิว ต่อคิวผู้สูงอายุ/ผู้พิการ/ตั้งครรภ์/พระสงฆ์ 1 คิว; 0 = เรียกผู้มีสิทธิ์ก่อนเสมอ',
    en: 'e.g. 2 = two normal calls per priority call; 0 = priority always first',
  },
  ratioShort: { th: 'ปกติ : ผู้มีสิทธิ์ก่อน', en: 'normal : priority' },
  signedInStaff: { th: 'ผู้ลงชื่อใช้งาน', en: 'Signed in' },
  counterArchived: { th: 'เก็บช่องไว้ในประวัติ (มีข้อมูลคิวเดิม) และซ่อนจากหน้าจอแล้ว', en: 'Archived: hidden, kept for reports' },
  counterDeleted: { th: 'ลบช่องบริการแล้ว', en: 'Counter deleted' },
  // Users
  newUser: { th: 'เพิ่มเจ้าหน้าที่', en: 'New staff user' },
  username: { th: 'ชื่อผู้ใช้', en: 'Username' },
  displayName: { th: 'ชื่อที่แสดง', en: 'Display name' },
  role: { th: 'บทบาท', en: 'Role' },
  password: { th: 'รหัสผ่าน (อย่างน้อย 8 ตัว)', en: 'Password (8+ characters)' },
  newPassword: { th: 'รหัสผ่านใหม่', en: 'New password' },
  resetPassword: { th: 'ตั้งรหัสผ่านใหม่', en: 'Reset password' },
  passwordReset: { th: 'ตั้งรหัสผ่านใหม่แล้ว ผู้ใช้ต้องเข้าสู่ระบบใหม่', en: 'Password reset; the user must sign in again' },
  deactivate: { th: 'ปิดการใช้งาน', en: 'Deactivate' },
  reactivate: { th: 'เปิดการใช้งาน', en: 'Reactivate' },
  changeRole: { th: 'เปลี่ยนบทบาท', en: 'Change role' },
  // Devices
  newDevice: { th: 'เพิ่มอุปกรณ์', en: 'New device' },
  deviceName: { th: 'ชื่ออุปกรณ์', en: 'Device name' },
  kind: { th: 'ชนิด', en: 'Kind' },
  kiosk: { th: 'ตู้กดบัตรคิว', en: 'Kiosk' },
  display: { th: 'จอแสดงผล', en: 'Display' },
  paired: { th: 'จับคู่แล้ว', en: 'Paired' },
  notPaired: { th: 'ยังไม่จับคู่', en: 'Not paired' },
  lastSeen: { th: 'ติดต่อล่าสุด', en: 'Last seen' },
  pairingCode: { th: 'รหัสจับคู่ (แสดงครั้งเดียว)', en: 'Pairing code (shown once)' },
  pairingHint: {
    th: 'พิมพ์รหัสนี้ที่อุปกรณ์ ใช้ได้ครั้งเดียว ภายใน 24 ชั่วโมง (ถึง {time})',
    en: 'Type this code on the device. It works once, until {time}.',
  },
  newPairingCode: { th: 'ออกรหัสจับคู่ใหม่', en: 'New pairing code' },
  printer: { th: 'เครื่องพิมพ์บัตรคิว', en: 'Ticket printer' },
  printerUrl: { th: 'ที่อยู่เครื่องพิมพ์', en: 'Printer address' },
  printerUrlHint: {
    th: 'เช่น tcp://10.0.0.50:9100 หรือ usb; เว้นว่าง = ไม่มีเครื่องพิมพ์ (แสดงเลขคิวบนจอ)',
    en: 'e.g. tcp://10.0.0.50:9100 or usb; empty = no printer (the number shows on screen)',
  },
  paperWidth: { th: 'ความกว้างกระดาษ', en: 'Paper width' },
  printMode: { th: 'วิธีพิมพ์ภาษาไทย', en: 'Thai printing' },
  modeRaster: { th: 'เป็นภาพ (แนะนำ)', en: 'As an image (recommended)' },
  modeTis620: { th: 'เป็นตัวอักษร TIS-620', en: 'As TIS-620 text' },
  offeredServices: { th: 'งานที่แสดงที่ตู้', en: 'Services offered' },
  shownCounters: { th: 'ช่องที่แสดง', en: 'Counters shown' },
  shownServices: { th: 'งานที่แสดงจำนวนคิวรอ', en: 'Services shown' },
  voice: { th: 'เสียงเรียกคิว', en: 'Voice calls' },
  languages: { th: 'ภาษา', en: 'Languages' },
  thai: { th: 'ไทย', en: 'Thai' },
  english: { th: 'อังกฤษ', en: 'English' },
  // Settings
  office: { th: 'สำนักงาน', en: 'Office' },
  officeNameTh: { th: 'ชื่อสำนักงาน (ไทย)', en: 'Office name (Thai)' },
  officeNameEn: { th: 'ชื่อสำนักงาน (อังกฤษ)', en: 'Office name (English)' },
  announcementTh: { th: 'ข้อความประกาศบนจอ (ไทย)', en: 'Ticker announcement (Thai)' },
  announcementEn: { th: 'ข้อความประกาศบนจอ (อังกฤษ)', en: 'Ticker announcement (English)' },
  dayCloseTime: { th: 'เวลาปิดวันอัตโนมัติ', en: 'Automatic day close' },
  dayCloseHint: { th: 'เว้นว่าง = ปิดวันเมื่อเที่ยงคืนเท่านั้น', en: 'Empty = only at midnight' },
  line: { th: 'LINE Official Account', en: 'LINE Official Account' },
  basicId: { th: 'LINE Basic ID', en: 'LINE basic ID' },
  accessToken: { th: 'Channel access token', en: 'Channel access token' },
  channelSecret: { th: 'Channel secret', en: 'Channel secret' },
  mail: { th: 'อีเมล (รีเซ็ตรหัสผ่าน)', en: 'Mail (password resets)' },
  smtpUrl: { th: 'SMTP URL', en: 'SMTP URL' },
  mailFrom: { th: 'ผู้ส่ง', en: 'From' },
  secretSet: { th: 'ตั้งค่าแล้ว', en: 'Set' },
  secretNotSet: { th: 'ยังไม่ได้ตั้ง', en: 'Not set' },
  secretReplace: { th: 'ค่าใหม่ (เว้นว่าง = คงค่าเดิม)', en: 'New value (empty = keep)' },
  secretClear: { th: 'ล้างค่า', en: 'Clear' },
  secretWillClear: { th: 'จะล้างค่าเมื่อบันทึก', en: 'Will be cleared on save' },
  publicUrl: { th: 'ที่อยู่สาธารณะของระบบ (OSS_PUBLIC_URL)', en: 'Public address (OSS_PUBLIC_URL)' },
  publicUrlMissing: {
    th: 'ยังไม่ได้ตั้ง OSS_PUBLIC_URL: ระบบจะไม่ส่งลิงก์ตั้งรหัสผ่านใหม่ทางอีเมล และปิดการเข้าสู่ระบบด้วย LINE ตั้งค่านี้ในไฟล์ .env ของระบบแล้วเริ่มระบบใหม่',
    en: 'OSS_PUBLIC_URL is not set: password reset links are not sent by e-mail, and LINE Login is off. Set it in the hub’s .env and restart the hub.',
  },
  // Terms
  newTerms: { th: 'ออกฉบับใหม่', en: 'Publish a new version' },
  termsTh: { th: 'ข้อความ (ไทย)', en: 'Text (Thai)' },
  termsEn: { th: 'ข้อความ (อังกฤษ)', en: 'Text (English)' },
  version: { th: 'ฉบับที่', en: 'Version' },
  current: { th: 'ฉบับปัจจุบัน', en: 'Current' },
  termsHint: {
    th: 'ฉบับใหม่มีผลทันที ประชาชนจะถูกขอให้ยอมรับฉบับใหม่ ฉบับเดิมแก้ไขไม่ได้',
    en: 'A new version applies at once; citizens are asked to accept it. Old versions cannot be changed.',
  },
  // Audit
  when: { th: 'เวลา', en: 'When' },
  who: { th: 'ผู้ทำ', en: 'Who' },
  what: { th: 'รายการ', en: 'What' },
  action: { th: 'การกระทำ', en: 'Action' },
  details: { th: 'รายละเอียด', en: 'Details' },
  hub: { th: 'ระบบ', en: 'The hub' },
  older: { th: 'รายการก่อนหน้า', en: 'Older entries' },
  newest: { th: 'ล่าสุด', en: 'Newest' },
  entity: { th: 'ประเภท', en: 'Kind' },
} satisfies Record<string, Localized>;

export type AdminKey = keyof typeof A;

export function a(key: AdminKey, lang: Lang): string {
  return pick(A[key], lang);
}

export const ROLE_LABELS: Record<StaffRole, Localized> = {
  staff: { th: 'เจ้าหน้าที่', en: 'Staff' },
  supervisor: { th: 'หัวหน้างาน', en: 'Supervisor' },
  admin: { th: 'ผู้ดูแลระบบ', en: 'Admin' },
};

export function roleOptions(lang: Lang): Array<{ value: StaffRole; label: string }> {
  return (['staff', 'supervisor', 'admin'] as const).map((r) => ({ value: r, label: pick(ROLE_LABELS[r], lang) }));
}
