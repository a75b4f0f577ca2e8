// One console per counter (docs/admin-api.md): choosing a counter claims it for this login, and a
// refusal names who holds it. This file holds what the picker and the console both need.
import { pick, type Counter, type Lang } from '@oss/shared';
import { ApiError } from '@oss/shared/client';

/** Why the picker shows a counter as unavailable: held by someone, or just taken over from us. */
export interface Refusal {
  kind: 'in-use' | 'taken-over';
  counterId: number;
  holder: string;
}

/** The holder's name from a 409 counter-in-use (the hub's message names them), else null. */
export function holderFromError(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'counter-in-use') return null;
  return /in use by (.+?); they must/.exec(err.message)?.[1] ?? '';
}

export function refusalText(refusal: Refusal, counters: readonly Counter[], lang: Lang): string {
  const counter = counters.find((c) => c.id === refusal.counterId);
  const name = counter ? pick(counter.names, lang) : lang === 'th' ? 'ช่องบริการนี้' : 'This counter';
  const holder = refusal.holder || (lang === 'th' ? 'เจ้าหน้าที่คนอื่น' : 'someone else');
  if (refusal.kind === 'taken-over') {
    return lang === 'th' ? `${holder} เข้าใช้${name}แทนคุณแล้ว เลือกช่องอื่น` : `${holder} has taken over ${name}; choose a counter`;
  }
  return lang === 'th'
    ? `${name} มี ${holder} ลงชื่อใช้งานอยู่ ให้ผู้นั้นออกจากระบบก่อน หรือเลือกช่องอื่น`
    : `${name} is in use by ${holder}; they must sign out first, or choose another counter`;
}
