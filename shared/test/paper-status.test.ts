// The paper status both printers decode (the hub's network printers, the kiosk's USB printer).
import { describe, expect, it } from 'vitest';
import { isStatusByte, PAPER_BYTES, paperState } from '@oss/shared';

describe('paper status (DLE EOT 4)', () => {
  it('reads the roll sensor bits', () => {
    expect(paperState(PAPER_BYTES.ok)).toBe('ok');
    expect(paperState(PAPER_BYTES.nearEnd)).toBe('near-end');
    expect(paperState(PAPER_BYTES.out)).toBe('out');
    expect(paperState(PAPER_BYTES.outAndNearEnd)).toBe('out');
    expect(isStatusByte(PAPER_BYTES.ok)).toBe(true);
    expect(isStatusByte(0x41)).toBe(false);
  });
});
