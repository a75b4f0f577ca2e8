// A ticket as the demo office would print it, for the checked-in preview and the tests: fixed
// data and time so that the picture only changes when the layout or the renderer does.
import { ticketLayout, trackerUrl, TRACKER_QR_CAPTION, type TicketLayout } from '@oss/shared';
import { loadCatalog } from '../seed.js';

export const SAMPLE_TRACKER_URL = trackerUrl('http://192.168.1.10:8080', 'K7MX3PQ9RB');

export function sampleTicketLayout(): TicketLayout {
  const catalog = loadCatalog();
  const service = catalog.services[0]!;
  return ticketLayout({
    // 14:05 in Bangkok on Wednesday 25 November 2026 (B.E. 2569).
    ticket: {
      number: `${service.code}012`,
      issuedAt: '2026-11-25T07:05:00.000Z',
      priority: 'none',
      position: 5,
      estimatedWait: { minMinutes: 30, maxMinutes: 50 },
    },
    service,
    office: catalog.office,
    qr: { payload: SAMPLE_TRACKER_URL, caption: TRACKER_QR_CAPTION },
  });
}
