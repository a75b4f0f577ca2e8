// Messages for bookings made from the phone app (the portal enqueues them with OutboxRepo.enqueue,
// kinds 'booking.confirmed' and 'booking.reminder'; a reminder with notBefore = its send time).
import { formatDate, formatTime, type Localized } from '@oss/shared';
import { flex, link, type ButtonSpec, type LineMessage } from './flex.js';

export interface BookingInfo {
  service: Localized;
  /** The booked slot. */
  at: Date;
  timeZone: string;
  /** The booking's code, shown at the kiosk to check in. */
  reference: string;
  /** The documents to bring, from the service. */
  documents: Localized[];
  /** The citizen's booking page when OSS_PUBLIC_URL is set. */
  url: string | null;
}

const MAX_DOCUMENTS = 5;

function when(b: BookingInfo): Localized {
  const time = formatTime(b.at, b.timeZone);
  return {
    th: `${formatDate(b.at, 'th', b.timeZone)} เวลา ${time} น.`,
    en: `${formatDate(b.at, 'en', b.timeZone)} at ${time}`,
  };
}

function documentsLine(b: BookingInfo): Localized[] {
  if (b.documents.length === 0) return [];
  const shown = b.documents.slice(0, MAX_DOCUMENTS);
  const more = b.documents.length > shown.length ? ' …' : '';
  return [
    {
      th: `เอกสารที่ต้องนำมา: ${shown.map((d) => d.th).join(', ')}${more}`,
      en: `Please bring: ${shown.map((d) => d.en).join(', ')}${more}`,
    },
  ];
}

function buttons(b: BookingInfo): ButtonSpec[] {
  return b.url ? [{ action: link('ดูรายละเอียด · Details', b.url), style: 'primary' }] : [];
}

export function bookingConfirmedMessage(b: BookingInfo): LineMessage {
  const slot = when(b);
  return flex(`ยืนยันการจองคิว ${b.service.th} ${slot.th}`, {
    title: { th: 'ยืนยันการจองคิว', en: 'Booking confirmed' },
    number: b.reference,
    lines: [
      b.service,
      slot,
      { th: 'แสดงรหัสนี้ที่ตู้รับบัตรคิวเมื่อมาถึง', en: 'Show this code at the kiosk when you arrive.' },
      ...documentsLine(b),
    ],
    buttons: buttons(b),
  });
}

export function bookingReminderMessage(b: BookingInfo): LineMessage {
  const slot = when(b);
  return flex(`เตือนนัดหมาย ${b.service.th} ${slot.th}`, {
    title: { th: 'เตือนนัดหมายรับบริการ', en: 'Appointment reminder' },
    number: b.reference,
    lines: [b.service, slot, ...documentsLine(b)],
    buttons: buttons(b),
  });
}
