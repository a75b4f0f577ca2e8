// Reports against a hand-built day: tickets issued, called, served, missed, transferred and rated
// at known Bangkok times; the day closes itself at 16:30. Every figure below is worked out by hand
// from the script (times in seconds; p90 is nearest-rank).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse, ReportSummary, Ticket } from '@oss/shared';
import { ManualClock } from '../../src/clock.js';
import { startTestHub, type TestHub } from '../../../test/support/hub.js';
import { client } from './admin-client.js';

const DAY = '2026-11-25';
const clock = new ManualClock(`${DAY}T07:50:00+07:00`);
const at = (hhmm: string, day = DAY) => clock.set(`${day}T${hhmm}:00+07:00`);

let hub: TestHub;
let c: ReturnType<typeof client>;
let admin: string;
let s1: { id: number; token: string };
let s2: { id: number; token: string };
const svc = { A: 0, B: 0 };
const desk = { one: 0, two: 0 };
const tickets: Record<string, Ticket> = {};

async function issue(serviceId: number): Promise<Ticket> {
  const t = (await c.api('POST', '/tickets', { serviceId })).body.ticket as Ticket;
  tickets[t.number] = t;
  return t;
}
async function act(token: string, path: string, body: unknown = {}): Promise<Ticket> {
  const res = await c.api('POST', path, body, token);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
  return res.body.ticket as Ticket;
}
const callNext = async (token: string, counter: number) => (await act(token, `/counters/${counter}/call-next`)).number;
const ticketAct = (token: string, number: string, action: string, body?: unknown) =>
  act(token, `/tickets/${tickets[number]!.id}/${action}`, body);
async function rate(number: string, score: number, comment?: string) {
  const res = await c.api('POST', `/tickets/track/${tickets[number]!.trackingCode}/rating`, {
    score,
    ...(comment ? { comment } : {}),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  hub = await startTestHub({ seed: 'none', clock });
  c = client(hub);
  admin = await hub.login();
  const service = async (code: string, th: string, en: string) =>
    ((await c.api('POST', '/admin/services', { code, name: { th, en } }, admin)).body.service as { id: number }).id;
  svc.A = await service('A', 'งานทะเบียนราษฎร', 'Civil registration');
  svc.B = await service('B', 'งานภาษี', 'Taxes');
  const counter = async (n: number, serviceIds: number[]) =>
    (
      (await c.api('POST', '/admin/counters', { names: { th: `ช่อง ${n}`, en: `Desk ${n}` }, serviceIds }, admin)).body
        .counter as { id: number }
    ).id;
  desk.one = await counter(1, [svc.A]);
  desk.two = await counter(2, [svc.A, svc.B]);
  s1 = await c.staffUser(admin, 'somchai', 'staff', 'สมชาย');
  s2 = await c.staffUser(admin, 'somying', 'staff', 'สมหญิง');
  expect((await c.api('PATCH', '/admin/settings', { office: { dayCloseTime: '16:30' } }, admin)).status).toBe(200);
  expect((await c.api('POST', `/counters/${desk.one}/sign-in`, {}, s1.token)).status).toBe(200);
  expect((await c.api('POST', `/counters/${desk.two}/sign-in`, {}, s2.token)).status).toBe(200);

  // The scripted day.
  at('08:05');
  await issue(svc.A); // A001
  at('08:10');
  await issue(svc.A); // A002
  at('08:20');
  await issue(svc.B); // B001
  at('08:30');
  expect(await callNext(s1.token, desk.one)).toBe('A001'); // waited 1500 s
  at('08:32');
  await ticketAct(s1.token, 'A001', 'start');
  at('08:40');
  expect(await callNext(s2.token, desk.two)).toBe('A002'); // waited 1800 s
  at('08:41');
  await ticketAct(s2.token, 'A002', 'start');
  at('08:50');
  await ticketAct(s1.token, 'A001', 'complete'); // served 1080 s
  at('09:05');
  await issue(svc.A); // A003
  at('09:10');
  expect(await callNext(s1.token, desk.one)).toBe('A003'); // waited 300 s
  at('09:12');
  await ticketAct(s1.token, 'A003', 'no-show');
  at('09:15');
  await ticketAct(s2.token, 'A002', 'complete'); // served 2040 s
  at('09:20');
  expect(await callNext(s2.token, desk.two)).toBe('B001'); // waited 3600 s
  at('09:26');
  await ticketAct(s2.token, 'B001', 'complete'); // straight from called: 360 s from the call
  at('10:00');
  await issue(svc.A); // A004
  at('10:05');
  expect((await c.api('POST', `/tickets/track/${tickets.A004!.trackingCode}/cancel`, {})).status).toBe(200);
  at('10:10');
  await issue(svc.A); // A005
  at('10:15');
  expect(await callNext(s1.token, desk.one)).toBe('A005'); // waited 300 s
  at('10:16');
  await ticketAct(s1.token, 'A005', 'start');
  at('10:20');
  await ticketAct(s1.token, 'A005', 'transfer', { serviceId: svc.B, note: 'ชำระภาษีต่อ' });
  at('10:25');
  expect(await callNext(s2.token, desk.two)).toBe('A005'); // its second call: the wait stays 300 s
  at('10:27');
  await ticketAct(s2.token, 'A005', 'start');
  at('10:37');
  await ticketAct(s2.token, 'A005', 'complete'); // served 600 s, in service B
  at('11:00');
  await issue(svc.B); // B002, never called
  at('11:30');
  await rate('A001', 5, 'ดีมาก');
  at('11:31');
  await rate('A002', 4);
  at('11:32');
  await rate('A005', 2, '=HYPERLINK("http://x")');
  at('11:33');
  await rate('B001', 5, 'เร็ว, "ประทับใจ"');
});
afterAll(() => hub.dispose());

const durations = (count: number, meanSeconds: number | null, p90Seconds: number | null) => ({ count, meanSeconds, p90Seconds });

describe('reports on a scripted day', () => {
  it('gives each staff member their own figures for today', async () => {
    at('12:00');
    expect((await c.api('GET', '/me/stats', undefined, s1.token)).body).toEqual({
      businessDay: DAY,
      called: 3,
      served: 1,
      noShows: 1,
      transferred: 1,
      service: durations(1, 1080, 1080),
      counter: { id: desk.one, name: 'ช่อง 1' },
    });
    expect((await c.api('GET', '/me/stats', undefined, s2.token)).body).toMatchObject({
      called: 3,
      served: 3,
      noShows: 0,
      service: durations(3, 1000, 2040),
    });
  });

  it('closes the day by itself at closing time, once', async () => {
    at('16:29');
    expect(hub.hub.admin.autoClose.check()).toBeNull();
    at('16:31');
    const v = hub.hub.queue.log.latestVersion();
    expect(hub.hub.admin.autoClose.check()).toEqual({ businessDay: DAY, expired: 1 });
    expect(hub.hub.queue.log.since(v, 10).map((e) => [e.type, e.ticket?.number ?? null])).toEqual([
      ['ticket.expired', 'B002'],
      ['day.closed', null],
    ]);
    at('16:45');
    expect(hub.hub.admin.autoClose.check()).toBeNull();
    const audit = (await c.api('GET', '/admin/audit?entity=day', undefined, admin)).body as AuditResponse;
    expect(audit.entries[0]).toMatchObject({
      user: null,
      action: 'close',
      after: { businessDay: DAY, expired: 1, automatic: true },
    });
  });

  it('sums the day up exactly', async () => {
    const res = await c.api('GET', `/reports/summary?from=${DAY}&to=${DAY}`, undefined, admin);
    expect(res.status).toBe(200);
    const r = res.body as unknown as ReportSummary;
    expect(r).toMatchObject({ from: DAY, to: DAY, timeZone: 'Asia/Bangkok', generatedAt: '2026-11-25T09:45:00.000Z' });
    expect(r.totals).toEqual({
      issued: 7,
      served: 4,
      noShow: 1,
      cancelled: 1,
      expired: 1,
      open: 0,
      called: 5,
      noShowRate: 0.2,
      wait: durations(5, 1500, 3600),
      service: durations(4, 1020, 2040),
    });
    expect(r.byService).toEqual([
      {
        serviceId: svc.A,
        code: 'A',
        name: { th: 'งานทะเบียนราษฎร', en: 'Civil registration' },
        issued: 5,
        served: 2,
        noShow: 1,
        cancelled: 1,
        expired: 0,
        open: 0,
        wait: durations(4, 975, 1800),
        service: durations(2, 1560, 2040),
      },
      {
        serviceId: svc.B,
        code: 'B',
        name: { th: 'งานภาษี', en: 'Taxes' },
        issued: 2,
        served: 2,
        noShow: 0,
        cancelled: 0,
        expired: 1,
        open: 0,
        wait: durations(1, 3600, 3600),
        service: durations(2, 480, 600),
      },
    ]);
    expect(r.byHour).toHaveLength(24);
    expect(r.byHour.filter((h) => h.issued || h.served)).toEqual([
      { hour: 8, issued: 3, served: 1 },
      { hour: 9, issued: 1, served: 2 },
      { hour: 10, issued: 2, served: 1 },
      { hour: 11, issued: 1, served: 0 },
    ]);
    expect(r.byDay).toEqual([{ businessDay: DAY, issued: 7, served: 4 }]);
    expect(r.byStaff).toEqual([
      {
        staffId: s1.id,
        displayName: 'สมชาย',
        called: 3,
        served: 1,
        noShows: 1,
        transferred: 1,
        service: durations(1, 1080, 1080),
      },
      {
        staffId: s2.id,
        displayName: 'สมหญิง',
        called: 3,
        served: 3,
        noShows: 0,
        transferred: 0,
        service: durations(3, 1000, 2040),
      },
    ]);
    expect(r.satisfaction).toEqual({
      count: 4,
      meanScore: 4,
      distribution: [
        { score: 1, count: 0 },
        { score: 2, count: 1 },
        { score: 3, count: 0 },
        { score: 4, count: 1 },
        { score: 5, count: 2 },
      ],
      commentCount: 3,
      comments: [
        {
          at: '2026-11-25T04:33:00.000Z',
          businessDay: DAY,
          ticketNumber: 'B001',
          serviceId: svc.B,
          score: 5,
          comment: 'เร็ว, "ประทับใจ"',
        },
        {
          at: '2026-11-25T04:32:00.000Z',
          businessDay: DAY,
          ticketNumber: 'A005',
          serviceId: svc.B,
          score: 2,
          comment: '=HYPERLINK("http://x")',
        },
        { at: '2026-11-25T04:30:00.000Z', businessDay: DAY, ticketNumber: 'A001', serviceId: svc.A, score: 5, comment: 'ดีมาก' },
      ],
    });
  });

  it('writes the same day as CSV that Excel opens with Thai intact', async () => {
    const res = await fetch(`${hub.url}/api/v1/reports/summary.csv?from=${DAY}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="oss-report-${DAY}.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const q = (...cells: Array<string | number>) => `${cells.map((x) => `"${String(x).replaceAll('"', '""')}"`).join(',')}\r\n`;
    const ws = [
      'รอเฉลี่ย (นาที) / Mean wait (min)',
      'รอ P90 (นาที) / P90 wait (min)',
      'บริการเฉลี่ย (นาที) / Mean service (min)',
      'บริการ P90 (นาที) / P90 service (min)',
    ];
    const outcomes = ['ให้บริการแล้ว / Served', 'ไม่มา / No-show', 'ยกเลิก / Cancelled', 'หมดอายุ / Expired', 'ค้างอยู่ / Open'];
    const hours: Record<number, [number, number]> = { 8: [3, 1], 9: [1, 2], 10: [2, 1], 11: [1, 0] };
    const expected =
      '\uFEFF' +
      q('รายงานสรุปการให้บริการ / Service summary report') +
      q('สำนักงาน / Office', 'ศูนย์บริการประชาชน', 'One Stop Service Centre') +
      q('ตั้งแต่ / From', DAY, 'ถึง / To', DAY) +
      q('เขตเวลา / Time zone', 'Asia/Bangkok') +
      '\r\n' +
      q('ภาพรวม / Totals') +
      q('รับบัตร / Issued', 'เรียกแล้ว / Called', ...outcomes, 'อัตราไม่มา (%) / No-show rate (%)', ...ws) +
      q(7, 5, 4, 1, 1, 1, 0, '20.0', '25.0', '60.0', '17.0', '34.0') +
      '\r\n' +
      q('ตามบริการ / By service') +
      q('รหัส / Code', 'บริการ / Service', 'รับบัตร / Issued', ...outcomes, ...ws) +
      q('A', 'งานทะเบียนราษฎร', 5, 2, 1, 1, 0, 0, '16.3', '30.0', '26.0', '34.0') +
      q('B', 'งานภาษี', 2, 2, 0, 0, 1, 0, '60.0', '60.0', '8.0', '10.0') +
      '\r\n' +
      q('ตามชั่วโมง / By hour') +
      q('ชั่วโมง / Hour', 'รับบัตร / Issued', 'ให้บริการแล้ว / Served') +
      Array.from({ length: 24 }, (_, h) => q(`${String(h).padStart(2, '0')}:00`, ...(hours[h] ?? [0, 0]))).join('') +
      '\r\n' +
      q('ตามวัน / By day') +
      q('วันที่ / Date', 'รับบัตร / Issued', 'ให้บริการแล้ว / Served') +
      q(DAY, 7, 4) +
      '\r\n' +
      q('ตามเจ้าหน้าที่ / By staff') +
      q('เจ้าหน้าที่ / Staff', 'เรียก / Calls', 'ให้บริการแล้ว / Served', 'ไม่มา / No-show', 'โอน / Transferred', ws[2]!, ws[3]!) +
      q('สมชาย', 3, 1, 1, 1, '18.0', '18.0') +
      q('สมหญิง', 3, 3, 0, 0, '16.7', '34.0') +
      '\r\n' +
      q('ความพึงพอใจ / Satisfaction') +
      q('จำนวน / Ratings', 'คะแนนเฉลี่ย / Mean score', '1', '2', '3', '4', '5') +
      q(4, '4.00', 0, 1, 0, 1, 2) +
      '\r\n' +
      q('ความคิดเห็น / Comments') +
      q('เวลา / Time', 'คิว / Ticket', 'บริการ / Service', 'คะแนน / Score', 'ความคิดเห็น / Comment') +
      q(`${DAY} 11:33`, 'B001', 'งานภาษี', 5, 'เร็ว, "ประทับใจ"') +
      // A formula from a citizen stays text in Excel.
      q(`${DAY} 11:32`, 'A005', 'งานภาษี', 2, `'=HYPERLINK("http://x")`) +
      q(`${DAY} 11:30`, 'A001', 'งานทะเบียนราษฎร', 5, 'ดีมาก');
    expect(bytes.toString('utf8')).toBe(expected);
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('starts numbers again the next business day and reports a range', async () => {
    at('09:00', '2026-11-26');
    admin = await hub.login();
    expect((await issue(svc.A)).number).toBe('A001');
    const r = (await c.api('GET', `/reports/summary?from=${DAY}&to=2026-11-26`, undefined, admin))
      .body as unknown as ReportSummary;
    expect(r.totals).toMatchObject({ issued: 8, served: 4, open: 1, called: 5 });
    expect(r.byDay).toEqual([
      { businessDay: DAY, issued: 7, served: 4 },
      { businessDay: '2026-11-26', issued: 1, served: 0 },
    ]);
    // A day with nothing is all zeros, not an error.
    const empty = (await c.api('GET', '/reports/summary?from=2026-01-01', undefined, admin)).body as unknown as ReportSummary;
    expect(empty.totals).toMatchObject({ issued: 0, noShowRate: null, wait: durations(0, null, null) });
    expect(empty.satisfaction.meanScore).toBeNull();
  });

  it('skips the automatic close on a day already closed by hand', async () => {
    at('15:00', '2026-11-26');
    expect((await c.api('POST', '/day/close', undefined, admin)).body).toEqual({ businessDay: '2026-11-26', expired: 1 });
    at('16:40', '2026-11-26');
    expect(hub.hub.admin.autoClose.check()).toBeNull();
  });

  it('refuses a bad range with 400', async () => {
    for (const q of [
      '',
      '?from=2026-11-31',
      '?from=26-11-2026',
      '?from=2026-1-1',
      '?from=9999-99-99',
      '?from=x&to=y',
      `?from=${DAY}&to=2026-11-24`,
      '?from=2025-01-01&to=2026-01-02',
      '?to=2026-11-25',
    ]) {
      const res = await c.api('GET', `/reports/summary${q}`, undefined, admin);
      expect(res.status, q).toBe(400);
      expect(c.errorCode(res)).toBe('bad-request');
      expect((await c.api('GET', `/reports/summary.csv${q}`, undefined, admin)).status, q).toBe(400);
    }
    expect((await c.api('GET', '/reports/summary?from=2025-01-01&to=2026-01-01', undefined, admin)).status).toBe(200);
  });
});
