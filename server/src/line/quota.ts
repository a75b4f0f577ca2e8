// The monthly message quota: checked now and then, kept in settings for the admin's status page,
// and logged as a warning when it runs low (a push over quota is refused with 429 by LINE).
import { LineQuota } from '@oss/shared';
import type { SettingsRepo } from '../settings/settings-repo.js';
import type { QuotaFigures } from './line-api.js';

const KEY = 'line.quota';

export function toQuota(f: QuotaFigures, lowRatio: number, now: Date): LineQuota {
  const remaining = f.limit === null ? null : Math.max(0, f.limit - f.used);
  const low = f.limit !== null && remaining !== null && remaining <= Math.floor(f.limit * lowRatio);
  return { type: f.type, limit: f.limit, used: f.used, remaining, low, checkedAt: now.toISOString() };
}

export function storeQuota(settings: SettingsRepo, quota: LineQuota): void {
  settings.set(KEY, JSON.stringify(quota));
}

export function storedQuota(settings: SettingsRepo): LineQuota | null {
  const raw = settings.get(KEY);
  if (!raw) return null;
  try {
    const parsed = LineQuota.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the admin reads on the status page, Thai first. */
export function quotaWarning(q: LineQuota | null): string | null {
  if (!q?.low || q.limit === null || q.remaining === null) return null;
  if (q.remaining === 0) {
    return `โควตาข้อความ LINE เดือนนี้หมดแล้ว (${q.used}/${q.limit}) — แจ้งเตือนแบบ push จะส่งไม่ได้จนถึงเดือนหน้า · LINE monthly message quota is used up`;
  }
  return `โควตาข้อความ LINE เดือนนี้เหลือ ${q.remaining} จาก ${q.limit} ข้อความ · LINE monthly message quota is running low (${q.remaining} of ${q.limit} left)`;
}
