// A ticket printer's profile as query parameters: in OSS_PRINTER's URL, and what a kiosk shell
// sends to get a ticket's bytes for its USB printer (docs/printing.md).
import { z } from 'zod';

const onOff = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => v === 'on' || v === 'true' || v === '1');

export const ProfileQuery = z.object({
  width: z
    .enum(['576', '384'])
    .transform((v) => (v === '384' ? 384 : 576) satisfies 576 | 384)
    .optional(),
  mode: z.enum(['raster', 'tis620']).optional(),
  codepage: z.coerce.number().int().min(0).max(255).optional(),
  status: onOff.optional(),
  nearEnd: z.enum(['warn', 'refuse']).optional(),
});
