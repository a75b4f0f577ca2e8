import type { Localized } from '@oss/shared';
import type { Db } from '../db/open.js';

export interface ServiceRow {
  id: number;
  code: string;
  name_th: string;
  name_en: string;
  description_th: string;
  description_en: string;
  documents: string;
  avg_service_minutes: number;
  open_time: string | null;
  close_time: string | null;
  daily_cap: number | null;
  active: number;
  sort_order: number;
}

export interface ServiceRecord {
  id: number;
  code: string;
  name: Localized;
  description: Localized;
  documents: Localized[];
  avgServiceMinutes: number;
  openTime: string | null;
  closeTime: string | null;
  dailyCap: number | null;
  active: boolean;
  sortOrder: number;
}

export type NewService = Omit<ServiceRecord, 'id'>;

export function rowToService(r: ServiceRow): ServiceRecord {
  return {
    id: r.id,
    code: r.code,
    name: { th: r.name_th, en: r.name_en },
    description: { th: r.description_th, en: r.description_en },
    documents: JSON.parse(r.documents) as Localized[],
    avgServiceMinutes: r.avg_service_minutes,
    openTime: r.open_time,
    closeTime: r.close_time,
    dailyCap: r.daily_cap,
    active: r.active === 1,
    sortOrder: r.sort_order,
  };
}

export function serviceToRow(s: NewService): Omit<ServiceRow, 'id'> {
  return {
    code: s.code,
    name_th: s.name.th,
    name_en: s.name.en,
    description_th: s.description.th,
    description_en: s.description.en,
    documents: JSON.stringify(s.documents),
    avg_service_minutes: s.avgServiceMinutes,
    open_time: s.openTime,
    close_time: s.closeTime,
    daily_cap: s.dailyCap,
    active: s.active ? 1 : 0,
    sort_order: s.sortOrder,
  };
}

export class ServiceRepo {
  private readonly allStmt;
  private readonly insertStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<[], ServiceRow>('SELECT * FROM services ORDER BY sort_order, code');
    this.insertStmt = db.prepare(
      `INSERT INTO services (code, name_th, name_en, description_th, description_en, documents, avg_service_minutes,
         open_time, close_time, daily_cap, active, sort_order)
       VALUES (@code, @name_th, @name_en, @description_th, @description_en, @documents, @avg_service_minutes,
         @open_time, @close_time, @daily_cap, @active, @sort_order)`,
    );
  }

  /** Services change rarely and are read on every call: the caller may cache this list. */
  all(): ServiceRecord[] {
    return this.allStmt.all().map(rowToService);
  }

  insert(s: NewService): number {
    return Number(this.insertStmt.run(serviceToRow(s)).lastInsertRowid);
  }
}
