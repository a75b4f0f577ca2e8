// The summary report as CSV that Excel opens with Thai intact: UTF-8 with a byte-order mark,
// CRLF line ends, every field quoted. Sections follow one another, each with a title row.
import { businessDayOf, formatTime, type Durations, type Localized, type ReportSummary } from '@oss/shared';

const BOM = '\uFEFF';

type Cell = string | number | null;

/** One quoted field. Text that Excel would take for a formula gets a leading apostrophe: citizens write the comments. */
function csvField(v: Cell): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

function csvLines(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** Seconds as minutes to 0.1, the unit office staff think in; empty when there is no figure. */
const minutes = (seconds: number | null): Cell => (seconds === null ? null : (seconds / 60).toFixed(1));
const times = (d: Durations): Cell[] => [minutes(d.meanSeconds), minutes(d.p90Seconds)];

const WAIT_SERVICE = [
  'รอเฉลี่ย (นาที) / Mean wait (min)',
  'รอ P90 (นาที) / P90 wait (min)',
  'บริการเฉลี่ย (นาที) / Mean service (min)',
  'บริการ P90 (นาที) / P90 service (min)',
];
const OUTCOMES = ['ให้บริการแล้ว / Served', 'ไม่มา / No-show', 'ยกเลิก / Cancelled', 'หมดอายุ / Expired', 'ค้างอยู่ / Open'];

export function reportFileName(r: Pick<ReportSummary, 'from' | 'to'>): string {
  return r.from === r.to ? `oss-report-${r.from}.csv` : `oss-report-${r.from}_${r.to}.csv`;
}

/** The CSV text, starting with the byte-order mark that tells Excel it is UTF-8. */
export function summaryCsv(r: ReportSummary, office: Localized): string {
  const t = r.totals;
  const services = new Map(r.byService.map((s) => [s.serviceId, s]));
  const localTime = (iso: string) => {
    const d = new Date(iso);
    return `${businessDayOf(d, r.timeZone)} ${formatTime(d, r.timeZone)}`;
  };
  const rows: Cell[][] = [
    ['รายงานสรุปการให้บริการ / Service summary report'],
    ['สำนักงาน / Office', office.th, office.en],
    ['ตั้งแต่ / From', r.from, 'ถึง / To', r.to],
    ['เขตเวลา / Time zone', r.timeZone],
    [],
    ['ภาพรวม / Totals'],
    ['รับบัตร / Issued', 'เรียกแล้ว / Called', ...OUTCOMES, 'อัตราไม่มา (%) / No-show rate (%)', ...WAIT_SERVICE],
    [
      t.issued,
      t.called,
      t.served,
      t.noShow,
      t.cancelled,
      t.expired,
      t.open,
      t.noShowRate === null ? null : (t.noShowRate * 100).toFixed(1),
      ...times(t.wait),
      ...times(t.service),
    ],
    [],
    ['ตามบริการ / By service'],
    ['รหัส / Code', 'บริการ / Service', 'รับบัตร / Issued', ...OUTCOMES, ...WAIT_SERVICE],
    ...r.byService.map((s) => [
      s.code,
      s.name.th,
      s.issued,
      s.served,
      s.noShow,
      s.cancelled,
      s.expired,
      s.open,
      ...times(s.wait),
      ...times(s.service),
    ]),
    [],
    ['ตามชั่วโมง / By hour'],
    ['ชั่วโมง / Hour', 'รับบัตร / Issued', 'ให้บริการแล้ว / Served'],
    ...r.byHour.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.issued, h.served]),
    [],
    ['ตามวัน / By day'],
    ['วันที่ / Date', 'รับบัตร / Issued', 'ให้บริการแล้ว / Served'],
    ...r.byDay.map((d) => [d.businessDay, d.issued, d.served]),
    [],
    ['ตามเจ้าหน้าที่ / By staff'],
    [
      'เจ้าหน้าที่ / Staff',
      'เรียก / Calls',
      'ให้บริการแล้ว / Served',
      'ไม่มา / No-show',
      'โอน / Transferred',
      'บริการเฉลี่ย (นาที) / Mean service (min)',
      'บริการ P90 (นาที) / P90 service (min)',
    ],
    ...r.byStaff.map((s) => [s.displayName, s.called, s.served, s.noShows, s.transferred, ...times(s.service)]),
    [],
    ['ความพึงพอใจ / Satisfaction'],
    ['จำนวน / Ratings', 'คะแนนเฉลี่ย / Mean score', ...r.satisfaction.distribution.map((d) => `${d.score}`)],
    [
      r.satisfaction.count,
      r.satisfaction.meanScore === null ? null : r.satisfaction.meanScore.toFixed(2),
      ...r.satisfaction.distribution.map((d) => d.count),
    ],
    [],
    ['ความคิดเห็น / Comments'],
    ['เวลา / Time', 'คิว / Ticket', 'บริการ / Service', 'คะแนน / Score', 'ความคิดเห็น / Comment'],
    ...r.satisfaction.comments.map((c) => [
      localTime(c.at),
      c.ticketNumber,
      services.get(c.serviceId)?.name.th ?? String(c.serviceId),
      c.score,
      c.comment,
    ]),
  ];
  return BOM + csvLines(rows);
}
