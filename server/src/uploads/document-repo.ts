// SQL for request_documents: which request a stored file belongs to, under which display name.
import type { DocumentInfo, DocumentType } from '@oss/shared';
import type { Db } from '../db/open.js';

export interface DocumentRow {
  id: number;
  request_id: number;
  sha256: string;
  display_name: string;
  mime: DocumentType;
  size: number;
  uploaded_at: number;
  purged_at: number | null;
}

export const rowToDocument = (r: DocumentRow): DocumentInfo => ({
  id: r.id,
  name: r.display_name,
  type: r.mime,
  size: r.size,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
  purged: r.purged_at !== null,
});

export class DocumentRepo {
  private readonly insertStmt;
  private readonly byIdStmt;
  private readonly forRequestStmt;
  private readonly liveCountStmt;
  private readonly deleteStmt;
  private readonly shaInUseStmt;
  private readonly dueStmt;
  private readonly markPurgedStmt;
  private readonly storedBytesStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare<[Omit<DocumentRow, 'id' | 'purged_at'>], DocumentRow>(
      `INSERT INTO request_documents (request_id, sha256, display_name, mime, size, uploaded_at)
       VALUES (@request_id, @sha256, @display_name, @mime, @size, @uploaded_at) RETURNING *`,
    );
    this.byIdStmt = db.prepare<[number], DocumentRow>('SELECT * FROM request_documents WHERE id = ?');
    this.forRequestStmt = db.prepare<[number], DocumentRow>('SELECT * FROM request_documents WHERE request_id = ? ORDER BY id');
    this.liveCountStmt = db.prepare<[number], { n: number }>(
      'SELECT COUNT(*) AS n FROM request_documents WHERE request_id = ? AND purged_at IS NULL',
    );
    this.deleteStmt = db.prepare<[number]>('DELETE FROM request_documents WHERE id = ?');
    this.shaInUseStmt = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM request_documents WHERE sha256 = ? AND purged_at IS NULL',
    );
    this.dueStmt = db.prepare<[number], DocumentRow>(
      'SELECT * FROM request_documents WHERE purged_at IS NULL AND uploaded_at < ? ORDER BY id',
    );
    this.markPurgedStmt = db.prepare<[number, number]>('UPDATE request_documents SET purged_at = ? WHERE id = ?');
    this.storedBytesStmt = db.prepare<[number], { n: number }>(
      `SELECT COALESCE(SUM(d.size), 0) AS n FROM request_documents d JOIN service_requests r ON r.id = d.request_id
       WHERE r.citizen_id = ? AND d.purged_at IS NULL`,
    );
  }

  insert(d: Omit<DocumentRow, 'id' | 'purged_at'>): DocumentRow {
    return this.insertStmt.get(d)!;
  }

  byId(id: number): DocumentRow | undefined {
    return this.byIdStmt.get(id);
  }

  forRequest(requestId: number): DocumentRow[] {
    return this.forRequestStmt.all(requestId);
  }

  liveCount(requestId: number): number {
    return this.liveCountStmt.get(requestId)!.n;
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }

  /** Whether any document not yet purged still needs the file with this hash. */
  shaInUse(sha: string): boolean {
    return this.shaInUseStmt.get(sha)!.n > 0;
  }

  uploadedBefore(cutoff: number): DocumentRow[] {
    return this.dueStmt.all(cutoff);
  }

  markPurged(id: number, at: number): void {
    this.markPurgedStmt.run(at, id);
  }

  /** The bytes of all a citizen's documents not yet purged, each attachment counted (the quota). */
  storedBytesOf(citizenId: number): number {
    return this.storedBytesStmt.get(citizenId)!.n;
  }
}
