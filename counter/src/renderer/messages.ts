// The counter console's own text, Thai first. Words every screen shares (statuses, priorities)
// come from @oss/shared.
import type {
  ContactPreference,
  DocumentType,
  Lang,
  Localized,
  Priority,
  routes,
  TicketAction,
  ticketActions,
} from '@oss/shared';
import { pick } from '@oss/shared';
import { ApiError, messageOf, type ErrorMessages } from '@oss/shared/client';

export const MESSAGES = {
  appTitle: { th: 'คอนโซลเจ้าหน้าที่', en: 'Staff console' },
  loginTitle: { th: 'เข้าสู่ระบบเจ้าหน้าที่', en: 'Staff sign-in' },
  username: { th: 'ชื่อผู้ใช้', en: 'Username' },
  password: { th: 'รหัสผ่าน', en: 'Password' },
  signIn: { th: 'เข้าสู่ระบบ', en: 'Sign in' },
  signingIn: { th: 'กำลังเข้าสู่ระบบ…', en: 'Signing in…' },
  signOut: { th: 'ออกจากระบบ', en: 'Sign out' },
  wrongPassword: { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  sessionEnded: { th: 'หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง', en: 'Your session has ended. Please sign in again.' },
  chooseCounter: { th: 'เลือกช่องบริการ', en: 'Choose your counter' },
  changeCounter: { th: 'เปลี่ยนช่อง', en: 'Change counter' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…' },
  retry: { th: 'ลองอีกครั้ง', en: 'Try again' },
  open: { th: 'เปิดให้บริการ', en: 'Open' },
  paused: { th: 'ปิดพัก', en: 'Paused' },
  pauseCounter: { th: 'ปิดพักช่อง', en: 'Pause counter' },
  openCounter: { th: 'เปิดช่องบริการ', en: 'Open counter' },
  counterPausedHint: {
    th: 'ช่องนี้ปิดพักอยู่ กดเปิดช่องบริการเพื่อเรียกคิว',
    en: 'This counter is paused. Open it to call tickets.',
  },
  linkOffline: {
    th: 'ขาดการเชื่อมต่อกับระบบ กำลังเชื่อมต่อใหม่… ข้อมูลบนจออาจไม่เป็นปัจจุบัน',
    en: 'Connection lost. Reconnecting… the screen may be out of date.',
  },
  linkConnecting: { th: 'กำลังเชื่อมต่อกับระบบ…', en: 'Connecting to the hub…' },
  currentTicket: { th: 'คิวปัจจุบัน', en: 'Current ticket' },
  noCurrent: { th: 'ว่าง', en: 'Free' },
  noCurrentHint: { th: 'กดเรียกคิวถัดไป', en: 'Press Call next' },
  callNext: { th: 'เรียกคิวถัดไป', en: 'Call next' },
  completeAndCallNext: { th: 'เสร็จสิ้น และเรียกคิวถัดไป', en: 'Complete & call next' },
  callNextBusy: {
    th: 'คิวที่เรียกยังไม่มา: เริ่มให้บริการ หรือบันทึกว่าไม่มา ก่อนเรียกคิวถัดไป',
    en: 'The called ticket has not come yet: start serving it or mark it no-show first.',
  },
  nobodyWaiting: { th: 'ไม่มีคิวรอ', en: 'Nobody is waiting' },
  called: { th: 'เรียกแล้ว', en: 'Called' },
  waitingList: { th: 'คิวรอเรียก', en: 'Waiting' },
  call: { th: 'เรียก', en: 'Call' },
  heldList: { th: 'คิวที่พักไว้', en: 'On hold' },
  noShowList: { th: 'ไม่มาตามเรียก (วันนี้)', en: 'No-shows today' },
  returnToQueue: { th: 'กลับเข้าคิว', en: 'Return to queue' },
  none: { th: 'ไม่มี', en: 'None' },
  minutes: { th: 'นาที', en: 'min' },
  waited: { th: 'รอ', en: 'waited' },
  service: { th: 'งาน', en: 'Service' },
  recalls: { th: 'เรียกซ้ำ', en: 'recalls' },
  transferTitle: { th: 'โอนคิวไปยังงานอื่น', en: 'Transfer to another service' },
  transferNote: { th: 'หมายเหตุ (ไม่บังคับ)', en: 'Note (optional)' },
  transferConfirm: { th: 'โอนคิว', en: 'Transfer' },
  close: { th: 'ปิด', en: 'Close' },
  confirmCancel: { th: 'กดอีกครั้งเพื่อยืนยันการยกเลิก', en: 'Press again to confirm' },
  shortcutsHint: {
    th: 'คีย์ลัด: Space/N เรียกคิวถัดไป · R เรียกซ้ำ · S เริ่ม · C เสร็จ · X ไม่มา · H พัก · U กลับมาบริการ · T โอน · P พิมพ์บัตรซ้ำ',
    en: 'Shortcuts: Space/N call next · R recall · S start · C complete · X no-show · H hold · U resume · T transfer · P reprint',
  },
  done: { th: 'เรียบร้อย', en: 'Done' },
  reprint: { th: 'พิมพ์บัตรคิวซ้ำ', en: 'Reprint ticket' },
  reprinted: { th: 'ส่งพิมพ์บัตรคิวซ้ำแล้ว', en: 'Ticket sent to the printer again' },
  myFigures: { th: 'ผลงานของฉันวันนี้', en: 'My figures today' },
  statsCalled: { th: 'เรียก', en: 'Called' },
  statsServed: { th: 'ให้บริการเสร็จ', en: 'Served' },
  statsNoShows: { th: 'ไม่มา', en: 'No-shows' },
  statsTransferred: { th: 'โอน', en: 'Transferred' },
  statsAvgService: { th: 'เวลาบริการเฉลี่ย', en: 'Average service' },
  allServices: { th: 'ทุกงาน', en: 'All' },
  filterByService: { th: 'กรองตามงานบริการ', en: 'Filter by service' },
  printerAlert: { th: 'เครื่องพิมพ์', en: 'Printer' },
  printerAlertHint: {
    th: 'แก้ไขแล้ว ใช้ปุ่ม “พิมพ์บัตรคิวซ้ำ” (P) ให้ผู้ที่บัตรคิวไม่ออก',
    en: 'Once fixed, use “Reprint ticket” (P) for anyone whose ticket did not print',
  },
  inUseBy: { th: 'ใช้งานโดย', en: 'In use by' },
  takeOver: { th: 'เข้าใช้ช่องนี้แทน', en: 'Take over this counter' },
  claiming: { th: 'กำลังลงชื่อเข้าใช้ช่อง…', en: 'Signing in at the counter…' },
  navConsole: { th: 'คอนโซลช่องบริการ', en: 'Counter console' },
  navReports: { th: 'รายงาน', en: 'Reports' },
  navAdmin: { th: 'จัดการระบบ', en: 'Admin' },
  notAllowed: {
    th: 'บัญชีนี้ไม่มีสิทธิ์เปิดหน้านี้ (เฉพาะหัวหน้างานหรือผู้ดูแลระบบ)',
    en: 'This account may not open this page (supervisors or admins only)',
  },
  backToConsole: { th: 'กลับไปหน้าคอนโซล', en: 'Back to the console' },
  citizenRequest: { th: 'คำขอออนไลน์ของคิว', en: 'Online request for' },
  requestLoading: { th: 'กำลังโหลดคำขอของผู้รับบริการ…', en: 'Loading the citizen’s request…' },
  requestFailed: { th: 'โหลดคำขอไม่สำเร็จ', en: 'Could not load the request' },
  requestSubject: { th: 'เรื่อง', en: 'Subject' },
  requestDetails: { th: 'รายละเอียด', en: 'Details' },
  requestContact: { th: 'ติดต่อกลับทาง', en: 'Contact by' },
  citizen: { th: 'ผู้ยื่นคำขอ', en: 'Citizen' },
  citizenName: { th: 'ชื่อ-นามสกุล', en: 'Name' },
  citizenIdLast4: { th: 'เลขบัตร (4 ตัวท้าย)', en: 'ID (last 4)' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  address: { th: 'ที่อยู่', en: 'Address' },
  personalHidden: {
    th: 'ผู้รับบริการขอซ่อนข้อมูลส่วนตัว',
    en: 'The citizen asked to hide their personal data',
  },
  reveal: { th: 'แสดงข้อมูลส่วนตัว', en: 'Reveal personal data' },
  revealing: { th: 'กำลังเปิดดู…', en: 'Revealing…' },
  revealLogged: { th: 'การเปิดดูจะถูกบันทึกในประวัติการใช้งาน', en: 'Revealing is written to the audit log' },
  revealed: { th: 'เปิดดูแล้ว (บันทึกไว้) เฉพาะคิวนี้', en: 'Revealed for this ticket only (logged)' },
  documents: { th: 'เอกสารแนบ', en: 'Attached documents' },
  noDocuments: { th: 'ไม่มีเอกสารแนบ', en: 'No documents attached' },
  documentPurged: { th: 'ลบแล้วตามระยะเวลาเก็บรักษา', en: 'Deleted after the retention period' },
  downloading: { th: 'กำลังดาวน์โหลด…', en: 'Downloading…' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, lang: Lang): string {
  return pick(MESSAGES[key], lang);
}

/** The console's action buttons, with the verb staff read on them. */
export const ACTION_LABELS = {
  recall: { th: 'เรียกซ้ำ', en: 'Recall' },
  start: { th: 'เริ่มให้บริการ', en: 'Start' },
  complete: { th: 'เสร็จสิ้น', en: 'Complete' },
  'no-show': { th: 'ไม่มาตามเรียก', en: 'No-show' },
  hold: { th: 'พักคิว', en: 'Hold' },
  resume: { th: 'กลับมาบริการ', en: 'Resume' },
  transfer: { th: 'โอนคิว', en: 'Transfer' },
  cancel: { th: 'ยกเลิกคิว', en: 'Cancel ticket' },
} satisfies Record<string, Localized>;

/** Short badge text; the shared labels are the long form, shown as the badge's title. */
export const PRIORITY_BADGES: Record<Exclude<Priority, 'none'>, Localized> = {
  elderly: { th: 'ผู้สูงอายุ', en: 'Elderly' },
  disabled: { th: 'ผู้พิการ', en: 'Disability' },
  pregnant: { th: 'ตั้งครรภ์', en: 'Pregnant' },
  monk: { th: 'พระสงฆ์', en: 'Monk' },
};

/** How the citizen asked to be contacted back (the portal's choice). */
export const CONTACT_LABELS: Record<ContactPreference, Localized> = {
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  line: { th: 'LINE', en: 'LINE' },
  none: { th: 'ไม่ต้องติดต่อกลับ', en: 'No contact' },
};

/** A document's kind as staff read it beside its name. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** The console's calls (the counter, its requests and documents, reports); the admin pages add theirs. */
export type ConsoleCall =
  | (typeof routes)[
      | 'me'
      | 'login'
      | 'logout'
      | 'counters'
      | 'callNext'
      | 'callTicket'
      | 'openCounter'
      | 'pauseCounter'
      | 'transferTicket'
      | 'closeDay'
      | 'signIn'
      | 'signOut'
      | 'meStats'
      | 'alerts'
      | 'reprint'
      | 'ticketRequest'
      | 'revealTicketRequest'
      | 'document'
      | 'reportSummary'
      | 'reportCsv']
  | (typeof ticketActions)[TicketAction];

/** What staff should read for each error code the hub (or the client) can return. */
const ERROR_MESSAGES = {
  unauthorized: MESSAGES.sessionEnded,
  forbidden: { th: 'บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้', en: 'This account may not do that' },
  'bad-request': { th: 'ข้อมูลที่ส่งไม่ถูกต้อง', en: 'The request was not valid' },
  'not-found': { th: 'ไม่พบข้อมูล', en: 'Not found' },
  'ticket-not-found': {
    th: 'ไม่พบคิวนี้ (อาจถูกยกเลิกหรือปิดวันไปแล้ว)',
    en: 'Ticket not found (it may have been cancelled or the day closed)',
  },
  'service-not-found': { th: 'ไม่พบงานบริการนี้', en: 'Service not found' },
  'counter-not-found': { th: 'ไม่พบช่องบริการนี้', en: 'Counter not found' },
  'service-closed': { th: 'งานบริการนี้ปิดรับคิวอยู่', en: 'This service is not taking tickets now' },
  'daily-cap-reached': { th: 'งานบริการนี้รับคิวครบจำนวนของวันนี้แล้ว', en: 'This service has reached today’s limit' },
  'invalid-transition': {
    th: 'ทำรายการนี้กับคิวในสถานะปัจจุบันไม่ได้ (อาจมีผู้อื่นเปลี่ยนสถานะไปแล้ว)',
    en: 'Not possible in the ticket’s current status (someone may have changed it already)',
  },
  'counter-busy': MESSAGES.callNextBusy,
  'counter-closed': MESSAGES.counterPausedHint,
  'counter-in-use': {
    th: 'มีเจ้าหน้าที่คนอื่นลงชื่อใช้ช่องบริการนี้อยู่ ให้ผู้นั้นออกจากระบบก่อน หรือเลือกช่องอื่น',
    en: 'Someone else is signed in at this counter; they must sign out first, or choose another counter',
  },
  'not-served-here': { th: 'ช่องนี้ไม่ได้ให้บริการงานของคิวนี้', en: 'This counter does not serve that ticket’s service' },
  'printer-not-configured': {
    th: 'ยังไม่ได้ตั้งค่าเครื่องพิมพ์บัตรคิวของระบบ (OSS_PRINTER) แจ้งผู้ดูแลระบบ',
    en: 'The hub has no ticket printer set up (OSS_PRINTER); tell the administrator',
  },
  'printer-unavailable': {
    th: 'พิมพ์ไม่ได้: ติดต่อเครื่องพิมพ์บัตรคิวไม่ได้ ตรวจสอบว่าเปิดเครื่องและเสียบสายแลน',
    en: 'Could not print: the ticket printer does not answer; check it is on and cabled',
  },
  'printer-out-of-paper': {
    th: 'พิมพ์ไม่ได้: เครื่องพิมพ์บัตรคิวกระดาษหมด ใส่กระดาษแล้วกดพิมพ์ซ้ำ',
    en: 'Could not print: the ticket printer is out of paper; load paper and reprint',
  },
  // The hub answers these also when the ticket is no longer at this counter (need-to-know).
  'request-not-found': {
    th: 'ไม่พบคำขอของคิวนี้ หรือคิวนี้ไม่ได้อยู่ที่ช่องของท่านแล้ว',
    en: 'No online request for this ticket, or the ticket is no longer at your counter',
  },
  'document-not-found': {
    th: 'ไม่พบเอกสารนี้ (อาจถูกลบตามระยะเวลาเก็บรักษาแล้ว หรือคิวไม่ได้อยู่ที่ช่องของท่านแล้ว)',
    en: 'Document not found (it may have been deleted after the retention period, or the ticket is no longer at your counter)',
  },
  'rate-limited': { th: 'ทำรายการถี่เกินไป กรุณารอสักครู่', en: 'Too many requests; wait a moment' },
  'hub-unreachable': {
    th: 'ติดต่อเครื่องแม่ข่ายไม่ได้ ตรวจสอบเครือข่ายแล้วลองอีกครั้ง',
    en: 'The hub cannot be reached. Check the network and try again.',
  },
  'internal-error': { th: 'ระบบขัดข้อง กรุณาลองอีกครั้ง', en: 'Something went wrong on the hub; try again' },
} satisfies ErrorMessages<ConsoleCall>;

/** The codes the console explains; the admin pages explain the rest of theirs. */
export type ConsoleErrorCode = keyof typeof ERROR_MESSAGES;

export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof ApiError) {
    const known = messageOf(ERROR_MESSAGES, err.code);
    if (known) return pick(known, lang);
    return lang === 'th' ? `ทำรายการไม่สำเร็จ (${err.code})` : `That did not work (${err.code}): ${err.message}`;
  }
  return lang === 'th' ? 'ทำรายการไม่สำเร็จ' : 'That did not work';
}
