import type { Localized } from '@oss/shared';
import type { Db } from '../db/open.js';

interface ServiceRow {
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

function rowToService(r: ServiceRow): ServiceRecord {
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

function serviceToRow(s: NewService): Omit<ServiceRow, 'id'> {
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
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly withTicketsStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<[], ServiceRow>('SELECT * FROM services ORDER BY sort_order, code');
    this.insertStmt = db.prepare(
      `INSERT INTO services (code, name_th, name_en, description_th, description_en, documents, avg_service_minutes,
         open_time, close_time, daily_cap, active, sort_order)
       VALUES (@code, @name_th, @name_en, @description_th, @description_en, @documents, @avg_service_minutes,
         @open_time, @close_time, @daily_cap, @active, @sort_order)`,
    );
    this.byIdStmt = db.prepare<[number], ServiceRow>('SELECT * FROM services WHERE id = ?');
    this.byCodeStmt = db.prepare<[string], ServiceRow>('SELECT * FROM services WHERE code = ?');
    this.updateStmt = db.prepare(
      `UPDATE services SET code = @code, name_th = @name_th, name_en = @name_en, description_th = @description_th,
         description_en = @description_en, documents = @documents, avg_service_minutes = @avg_service_minutes,
         open_time = @open_time, close_time = @close_time, daily_cap = @daily_cap, active = @active, sort_order = @sort_order
       WHERE id = @id`,
    );
    this.deleteStmt = db.prepare<[number]>('DELETE FROM services WHERE id = ?');
    // Indexed by (issued_service_id, business_day, seq). A service that only ever received transfers
    // is caught by the foreign key when it is deleted.
    this.withTicketsStmt = db.prepare<[number], { n: number }>(
      'SELECT EXISTS (SELECT 1 FROM tickets WHERE issued_service_id = ?) AS n',
    );
  }

  /** Services change rarely and are read on every call: the caller may cache this list. */
  all(): ServiceRecord[] {
    return this.allStmt.all().map(rowToService);
  }

  insert(s: NewService): number {
    return Number(this.insertStmt.run(serviceToRow(s)).lastInsertRowid);
  }

  byId(id: number): ServiceRecord | undefined {
    const row = this.byIdStmt.get(id);
    return row ? rowToService(row) : undefined;
  }

  byCode(code: string): ServiceRecord | undefined {
    const row = this.byCodeStmt.get(code);
    return row ? rowToService(row) : undefined;
  }

  update(id: number, s: NewService): void {
    this.updateStmt.run({ ...serviceToRow(s), id });
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }

  /** Whether tickets were issued for it: then it can be deactivated, not deleted. */
  hasTickets(id: number): boolean {
    return this.withTicketsStmt.get(id)!.n === 1;
  }
}
