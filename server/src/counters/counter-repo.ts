import type { Localized } from '@oss/shared';
import type { Db } from '../db/open.js';

interface CounterRow {
  id: number;
  name_th: string;
  name_en: string;
  open: number;
  normal_per_priority: number;
  normal_owed: number;
  sort_order: number;
  archived_at: number | null;
  service_ids: string | null;
}

export interface CounterRecord {
  id: number;
  names: Localized;
  serviceIds: number[];
  open: boolean;
  normalPerPriority: number;
  normalOwed: number;
  sortOrder: number;
}

export interface CounterFields {
  names: Localized;
  serviceIds: number[];
  normalPerPriority: number;
  sortOrder: number;
}

function rowToCounter(r: CounterRow): CounterRecord {
  return {
    id: r.id,
    names: { th: r.name_th, en: r.name_en },
    serviceIds: r.service_ids ? r.service_ids.split(',').map(Number) : [],
    open: r.open === 1,
    normalPerPriority: r.normal_per_priority,
    normalOwed: r.normal_owed,
    sortOrder: r.sort_order,
  };
}

// Archived counters (removed by an admin, kept for history) are not counters any more.
const SELECT = `SELECT c.*, (SELECT group_concat(service_id) FROM
    (SELECT service_id FROM counter_services WHERE counter_id = c.id ORDER BY position, service_id)) AS service_ids
  FROM counters c WHERE c.archived_at IS NULL`;

export class CounterRepo {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly linkStmt;
  private readonly setOpenStmt;
  private readonly setOwedStmt;
  private readonly updateStmt;
  private readonly unlinkStmt;
  private readonly archiveStmt;
  private readonly deleteStmt;
  private readonly historyStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<[], CounterRow>(`${SELECT} ORDER BY c.sort_order, c.id`);
    this.byIdStmt = db.prepare<[number], CounterRow>(`${SELECT} AND c.id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO counters (name_th, name_en, open, normal_per_priority, sort_order)
       VALUES (@name_th, @name_en, 1, @normal_per_priority, @sort_order)`,
    );
    this.linkStmt = db.prepare('INSERT INTO counter_services (counter_id, service_id, position) VALUES (?, ?, ?)');
    this.setOpenStmt = db.prepare<[number, number]>('UPDATE counters SET open = ? WHERE id = ?');
    this.setOwedStmt = db.prepare<[number, number]>('UPDATE counters SET normal_owed = ? WHERE id = ?');
    this.updateStmt = db.prepare(
      `UPDATE counters SET name_th = @name_th, name_en = @name_en, normal_per_priority = @normal_per_priority,
         normal_owed = MIN(normal_owed, @normal_per_priority), sort_order = @sort_order WHERE id = @id`,
    );
    this.unlinkStmt = db.prepare<[number]>('DELETE FROM counter_services WHERE counter_id = ?');
    this.archiveStmt = db.prepare<[number, number]>('UPDATE counters SET archived_at = ?, open = 0 WHERE id = ?');
    this.deleteStmt = db.prepare<[number]>('DELETE FROM counters WHERE id = ?');
    this.historyStmt = db.prepare<[number, number], { n: number }>(
      `SELECT (SELECT COUNT(*) FROM tickets WHERE counter_id = ?) + (SELECT COUNT(*) FROM events WHERE counter_id = ?) AS n`,
    );
  }

  all(): CounterRecord[] {
    return this.allStmt.all().map(rowToCounter);
  }

  byId(id: number): CounterRecord | undefined {
    const row = this.byIdStmt.get(id);
    return row ? rowToCounter(row) : undefined;
  }

  insert(c: { names: Localized; serviceIds: number[]; normalPerPriority: number; sortOrder: number }): number {
    const id = Number(
      this.insertStmt.run({
        name_th: c.names.th,
        name_en: c.names.en,
        normal_per_priority: c.normalPerPriority,
        sort_order: c.sortOrder,
      }).lastInsertRowid,
    );
    c.serviceIds.forEach((serviceId, i) => this.linkStmt.run(id, serviceId, i));
    return id;
  }

  /** Replaces the editable fields; the caller runs it in a transaction (it is two statements). */
  update(id: number, c: CounterFields): void {
    this.updateStmt.run({
      id,
      name_th: c.names.th,
      name_en: c.names.en,
      normal_per_priority: c.normalPerPriority,
      sort_order: c.sortOrder,
    });
    this.unlinkStmt.run(id);
    c.serviceIds.forEach((serviceId, i) => this.linkStmt.run(id, serviceId, i));
  }

  /** Whether tickets or events refer to the counter, so that it can only be archived. */
  hasHistory(id: number): boolean {
    return this.historyStmt.get(id, id)!.n > 0;
  }

  archive(id: number, at: number): void {
    this.unlinkStmt.run(id);
    this.archiveStmt.run(at, id);
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }

  setOpen(id: number, open: boolean): void {
    this.setOpenStmt.run(open ? 1 : 0, id);
  }

  setNormalOwed(id: number, owed: number): void {
    this.setOwedStmt.run(owed, id);
  }
}
