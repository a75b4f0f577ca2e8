// Anywhere (pure). The codes people read off a ticket, say aloud or type, once for the hub that
// issues them and every screen or shell that checks one: the alphabet the hub draws tracking,
// booking and pairing codes from, and the tracking code it accepts.
import { z } from 'zod';

/** Unambiguous on paper and when read aloud: no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A tracking code inside a longer pattern (a chat message): letters and digits, 6 to 32. */
export const TRACKING_CODE_CHARS = '[A-Za-z0-9]{6,32}';

/** A tracking code as the hub accepts one in a URL, a chat message or a print request. */
export const TRACKING_CODE_PATTERN = new RegExp(`^${TRACKING_CODE_CHARS}$`);

export const TrackingCode = z.string().regex(TRACKING_CODE_PATTERN);
