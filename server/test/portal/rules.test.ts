// The portal's small rules on their own: file types from bytes, display names, masking, slot times
// in the office's zone, booking codes.
import { describe, expect, it } from 'vitest';
import { newBookingCode } from '../../src/bookings/bookings.js';
import { zonedInstant, nextDay, weekday } from '../../src/bookings/zoned-time.js';
import { maskEmail, maskName, maskPhone } from '../../src/requests/mask.js';
import { displayName } from '../../src/uploads/display-name.js';
import { sniffDocumentType } from '../../src/uploads/magic.js';
import { EXE, PDF, PNG } from './portal-kit.js';

describe('portal rules', () => {
  it('knows a file by its first bytes only', () => {
    expect(sniffDocumentType(PDF)).toBe('application/pdf');
    expect(sniffDocumentType(PNG)).toBe('image/png');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffDocumentType(EXE)).toBeNull();
    expect(sniffDocumentType(Buffer.from('<html>%PDF-'))).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('cleans display names and refuses paths', () => {
    expect(displayName('ทะเบียนบ้าน.pdf', 'application/pdf')).toBe('ทะเบียนบ้าน.pdf');
    expect(displayName('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(displayName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(displayName('report.exe', 'application/pdf')).toBe('report.exe.pdf');
    expect(displayName('a"b<c>.png', 'image/png')).toBe('a_b_c_.png');
    expect(displayName(`${'ก'.repeat(300)}.pdf`, 'application/pdf')).toHaveLength(120);
    for (const bad of ['../x.pdf', 'a/b.pdf', 'a\\b.pdf', '.', '..', '', '   ', 'C:x.pdf', 'x\u0000.pdf', '.env']) {
      expect(() => displayName(bad, 'application/pdf'), JSON.stringify(bad)).toThrow(/plain name/);
    }
  });

  it('masks names, phones and e-mails for staff', () => {
    expect(maskName('สมชาย  ใจดี')).toBe('ส*** ใ***');
    expect(maskName('John')).toBe('J***');
    expect(maskPhone('081-234-5678')).toBe('xxxxxxxx78');
    expect(maskEmail('somchai@example.com')).toBe('s***@example.com');
  });

  it('turns office wall-clock times into instants', () => {
    expect(new Date(zonedInstant('2026-03-10', '08:30', 'Asia/Bangkok')).toISOString()).toBe('2026-03-10T01:30:00.000Z');
    // Across a DST change (New York, 8 March 2026).
    expect(new Date(zonedInstant('2026-03-09', '09:00', 'America/New_York')).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(new Date(zonedInstant('2026-03-06', '09:00', 'America/New_York')).toISOString()).toBe('2026-03-06T14:00:00.000Z');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(weekday('2026-03-14')).toBe(6);
  });

  it('draws booking codes from the unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 500 }, newBookingCode));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/);
  });
});
