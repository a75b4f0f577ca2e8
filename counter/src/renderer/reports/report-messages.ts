// The reports page's text, Thai first.
import type { Lang, Localized } from '@oss/shared';
import { pick } from '@oss/shared';

const R = {
  title: { th: 'รายงาน', en: 'Reports' },
  oneDay: { th: 'วันเดียว', en: 'One day' },
  range: { th: 'ช่วงวันที่', en: 'Date range' },
  day: { th: 'วันที่', en: 'Date' },
  from: { th: 'ตั้งแต่วันที่', en: 'From' },
  to: { th: 'ถึงวันที่', en: 'To' },
  dayOfMonth: { th: 'วัน', en: 'Day' },
  month: { th: 'เดือน', en: 'Month' },
  yearBe: { th: 'ปี พ.ศ.', en: 'Year (B.E.)' },
  today: { th: 'วันนี้', en: 'Today' },
  yesterday: { th: 'เมื่อวาน', en: 'Yesterday' },
  last7: { th: '7 วันล่าสุด', en: 'Last 7 days' },
  thisMonth: { th: 'เดือนนี้', en: 'This month' },
  refresh: { th: 'โหลดใหม่', en: 'Refresh' },
  downloadCsv: { th: 'ดาวน์โหลด CSV (Excel)', en: 'Download CSV (Excel)' },
  downloading: { th: 'กำลังดาวน์โหลด…', en: 'Downloading…' },
  loading: { th: 'กำลังคำนวณรายงาน…', en: 'Working out the report…' },
  issued: { th: 'ออกบัตรคิว', en: 'Issued' },
  served: { th: 'ให้บริการเสร็จ', en: 'Served' },
  noShow: { th: 'ไม่มาตามเรียก', en: 'No-shows' },
  noShowRate: { th: 'อัตราไม่มาตามเรียก', en: 'No-show rate' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
  expired: { th: 'หมดอายุ', en: 'Expired' },
  open: { th: 'ยังไม่เสร็จ', en: 'Open' },
  called: { th: 'ถูกเรียก', en: 'Called' },
  wait: { th: 'เวลารอ', en: 'Wait' },
  serviceTime: { th: 'เวลาให้บริการ', en: 'Service time' },
  mean: { th: 'เฉลี่ย', en: 'mean' },
  p90: { th: 'P90', en: 'p90' },
  minutes: { th: 'นาที', en: 'min' },
  satisfaction: { th: 'ความพึงพอใจ', en: 'Satisfaction' },
  ratings: { th: 'คะแนนจากประชาชน', en: 'Ratings' },
  meanScore: { th: 'คะแนนเฉลี่ย', en: 'Mean score' },
  comments: { th: 'ความคิดเห็น', en: 'Comments' },
  noComments: { th: 'ยังไม่มีความคิดเห็น', en: 'No comments' },
  byHour: { th: 'จำนวนคิวรายชั่วโมง', en: 'Tickets by hour' },
  byDay: { th: 'จำนวนคิวรายวัน', en: 'Tickets by day' },
  byService: { th: 'แยกตามงานบริการ', en: 'By service' },
  byStaff: { th: 'แยกตามเจ้าหน้าที่', en: 'By staff member' },
  service: { th: 'งานบริการ', en: 'Service' },
  staff: { th: 'เจ้าหน้าที่', en: 'Staff' },
  transferred: { th: 'โอน', en: 'Transferred' },
  noData: { th: 'ไม่มีข้อมูลในช่วงนี้', en: 'Nothing in this period' },
  generated: { th: 'คำนวณเมื่อ', en: 'Worked out at' },
  score: { th: 'คะแนน', en: 'Score' },
  dayClose: { th: 'ปิดวันทำการ', en: 'Close the day' },
  dayCloseTitle: { th: 'ยืนยันการปิดวันทำการ', en: 'Close the business day?' },
  dayCloseWarn: {
    th: 'คิวที่ยังรอ ถูกเรียก หรือพักไว้ทั้งหมดของวันนี้จะหมดอายุทันที ประชาชนที่ยังรออยู่ต้องกดบัตรคิวใหม่ ทำย้อนกลับไม่ได้',
    en: 'Every ticket still waiting, called or on hold today expires at once; anyone still waiting needs a new ticket. This cannot be undone.',
  },
  dayCloseConfirm: { th: 'ปิดวันทำการ', en: 'Close the day' },
  closing: { th: 'กำลังปิดวัน…', en: 'Closing…' },
  cancel: { th: 'ยกเลิก', en: 'Cancel' },
} satisfies Record<string, Localized>;

export type ReportKey = keyof typeof R;

export function r(key: ReportKey, lang: Lang): string {
  return pick(R[key], lang);
}

/** "ปิดวัน … แล้ว: คิวหมดอายุ 3 คิว". */
export function dayClosedText(day: string, expired: number, lang: Lang): string {
  return lang === 'th'
    ? `ปิดวันทำการ ${day} แล้ว: คิวหมดอายุ ${expired} คิว`
    : `Business day ${day} closed: ${expired} ticket(s) expired`;
}
