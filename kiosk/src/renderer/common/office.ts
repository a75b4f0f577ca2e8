// Defaults used until the live snapshot tells the screen which office and time zone it serves.
import type { Localized } from '@oss/shared';

export const DEFAULT_TIME_ZONE = 'Asia/Bangkok';
export const DEFAULT_OFFICE_NAME: Localized = { th: 'ศูนย์บริการประชาชน', en: 'One Stop Service Centre' };
