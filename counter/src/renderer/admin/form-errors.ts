// Errors per field for the admin forms: from the shared zod schemas before sending, and from the
// hub's answer after (its error code, or the field a 400 names). Texts are Thai and English.
import type { ErrorsOf, Lang, Localized, routes } from '@oss/shared';
import { pick } from '@oss/shared';
import { ApiError, messageOf } from '@oss/shared/client';
import { errorText, type ConsoleErrorCode } from '../messages';

/** Field path ("name.th", "documents.2.en") → what is wrong; `FORM` for the form as a whole. */
export type FieldErrors = Record<string, Localized>;
export const FORM = '_form';

/** The parts of a zod issue the texts use. */
interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
}

export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** The schemas' own messages (shared/src/admin.ts, devices.ts, reports.ts) in Thai. */
const KNOWN: Record<string, string> = {
  'use HH:MM, 24-hour': 'ใช้รูปแบบ ชช:นน (24 ชั่วโมง)',
  'use 1–3 capital letters A–Z': 'ใช้อักษรอังกฤษตัวใหญ่ 1–3 ตัว (A–Z)',
  'set both openTime and closeTime (open before close), or neither': 'กรอกทั้งเวลาเปิดและเวลาปิด (เปิดก่อนปิด) หรือเว้นว่างทั้งคู่',
  'a service may appear once': 'เลือกงานบริการซ้ำไม่ได้',
  'use 2–32 letters, digits, dot, dash or underscore': 'ใช้อักษรอังกฤษ ตัวเลข จุด ขีด หรือขีดล่าง 2–32 ตัว',
  'at least 8 characters': 'อย่างน้อย 8 ตัวอักษร',
  'a LINE basic ID such as @123abcde': 'ต้องเป็น LINE Basic ID เช่น @123abcde',
  'an smtp:// or smtps:// URL': 'ต้องเป็น URL ที่ขึ้นต้นด้วย smtp:// หรือ smtps://',
  'an address such as oss@example.go.th': 'ต้องเป็นอีเมล เช่น oss@example.go.th',
  'tcp://host:port, usb or usb:VID:PID': 'ต้องเป็น tcp://ที่อยู่:พอร์ต หรือ usb หรือ usb:VID:PID',
  'the port must be 1–65535': 'พอร์ตต้องอยู่ระหว่าง 1–65535',
  'a language may appear once': 'เลือกภาษาซ้ำไม่ได้',
  'use YYYY-MM-DD': 'วันที่ไม่ถูกต้อง',
  'no such date': 'ไม่มีวันที่นี้ในปฏิทิน',
  'from must not be after to': 'วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด',
  'at most 366 days': 'เลือกได้ไม่เกิน 366 วัน',
};

function issueText(issue: IssueLike): Localized {
  const n = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : '');
  if (issue.code === 'too_small') {
    if (issue.origin === 'string' && n(issue.minimum) === '1') return { th: 'กรุณากรอกช่องนี้', en: 'Required' };
    if (issue.origin === 'string')
      return { th: `อย่างน้อย ${n(issue.minimum)} ตัวอักษร`, en: `At least ${n(issue.minimum)} characters` };
    if (issue.origin === 'array')
      return { th: `เลือกอย่างน้อย ${n(issue.minimum)} รายการ`, en: `Choose at least ${n(issue.minimum)}` };
    return { th: `ต้องไม่น้อยกว่า ${n(issue.minimum)}`, en: `Must be at least ${n(issue.minimum)}` };
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string')
      return { th: `ไม่เกิน ${n(issue.maximum)} ตัวอักษร`, en: `At most ${n(issue.maximum)} characters` };
    if (issue.origin === 'array') return { th: `ไม่เกิน ${n(issue.maximum)} รายการ`, en: `At most ${n(issue.maximum)} items` };
    return { th: `ต้องไม่เกิน ${n(issue.maximum)}`, en: `Must be at most ${n(issue.maximum)}` };
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) {
    return { th: 'กรอกเป็นตัวเลขจำนวนเต็ม', en: 'Enter a whole number' };
  }
  return known(issue.message);
}

/** A schema's message in Thai and English ("a LINE basic ID…" reads "Must be a LINE basic ID…"). */
function known(message: string): Localized {
  const en = /^(a|an) /.test(message) ? `Must be ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  const th = KNOWN[message];
  return { th: th ?? `ข้อมูลไม่ถูกต้อง (${message})`, en };
}

/** The first problem of each field. */
export function issuesToErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || FORM;
    errors[key] ??= issueText(issue);
  }
  return errors;
}

/** Checks a body with a shared schema: the parsed body, or the errors to show. */
export function validate<T>(schema: Parser<T>, value: unknown): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(result.error.issues) };
}

/** The admin pages' calls (admin-api.ts). */
type AdminCall = (typeof routes)[
  | 'listServices'
  | 'createService'
  | 'updateService'
  | 'deleteService'
  | 'listCounters'
  | 'createCounter'
  | 'updateCounter'
  | 'deleteCounter'
  | 'listUsers'
  | 'createUser'
  | 'updateUser'
  | 'listDevices'
  | 'createDevice'
  | 'updateDevice'
  | 'newPairingCode'
  | 'deleteDevice'
  | 'settings'
  | 'updateSettings'
  | 'listTerms'
  | 'addTerms'
  | 'audit'];

/**
 * Error codes the admin pages explain themselves: every code of their calls that the console's
 * list does not cover, and a few it does, said the admin's way.
 */
const ADMIN_ERRORS = {
  'code-taken': { th: 'รหัสนี้มีงานบริการอื่นใช้อยู่แล้ว', en: 'Another service already uses this code' },
  'username-taken': {
    th: 'ชื่อผู้ใช้นี้มีอยู่แล้ว (ไม่แยกตัวพิมพ์เล็ก–ใหญ่)',
    en: 'This username is taken (letter case does not matter)',
  },
  'last-admin': {
    th: 'ทำไม่ได้: นี่คือผู้ดูแลระบบคนสุดท้ายที่ใช้งานอยู่ ต้องมีผู้ดูแลระบบอย่างน้อย 1 คนเสมอ',
    en: 'Refused: this is the last active admin, and there must always be one',
  },
  'service-has-tickets': {
    th: 'ลบไม่ได้ เพราะเคยออกบัตรคิวของงานนี้แล้ว ให้ปิดการใช้งานแทน',
    en: 'Cannot delete: tickets were issued for it. Deactivate it instead',
  },
  'counter-busy': {
    th: 'ลบไม่ได้ขณะมีคิวที่ถูกเรียกหรือกำลังให้บริการที่ช่องนี้',
    en: 'Cannot delete while a ticket is called or served at this counter',
  },
  'service-not-found': { th: 'งานบริการที่เลือกไม่มีแล้ว โหลดหน้านี้ใหม่', en: 'A chosen service no longer exists; reload' },
  'payload-too-large': { th: 'ข้อความยาวเกินกว่าที่ระบบรับได้', en: 'The text is longer than the hub accepts' },
  'device-not-found': { th: 'ไม่พบอุปกรณ์นี้ (อาจถูกลบไปแล้ว)', en: 'Device not found (it may have been removed)' },
  'user-not-found': { th: 'ไม่พบผู้ใช้นี้', en: 'User not found' },
  'weak-password': {
    th: 'รหัสผ่านนี้เดาง่ายเกินไป (เป็นรหัสที่คนใช้กันมาก หรือมีชื่อหรือชื่อผู้ใช้) ลองใช้คำที่ไม่เกี่ยวกัน 3–4 คำต่อกัน',
    en: 'This password is too easy to guess (a common one, or it contains the name or username). Try three or four unrelated words',
  },
} satisfies Record<Exclude<ErrorsOf<AdminCall>, ConsoleErrorCode>, Localized> & Partial<Record<ErrorsOf<AdminCall>, Localized>>;

/**
 * The hub's refusal as field errors: a code this form ties to a field, the field a 400 names
 * ("Invalid body.name.th: …"), or else the form as a whole.
 */
export function serverErrors(err: unknown, fieldOf: Record<string, string> = {}): FieldErrors {
  if (err instanceof ApiError) {
    const explained = messageOf(ADMIN_ERRORS, err.code);
    const field = fieldOf[err.code];
    if (explained) return { [field ?? FORM]: explained };
    if (err.code === 'bad-request') {
      const m = /^Invalid body\.([\w.]+): (.*)$/.exec(err.message);
      if (m?.[1] && m[2]) return { [m[1]]: known(m[2]) };
    }
  }
  return { [FORM]: { th: errorText(err, 'th'), en: errorText(err, 'en') } };
}

export function errorAt(errors: FieldErrors, key: string, lang: Lang): string | null {
  const e = errors[key];
  return e ? pick(e, lang) : null;
}
