// Versions of the terms and privacy notice. Append-only: consent records name a version, so a
// version's text never changes; the highest version is the current one.
import type { TermsVersion } from '@oss/shared';
import type { Db } from '../db/open.js';

interface TermsRow {
  version: number;
  text_th: string;
  text_en: string;
  created_at: number;
  created_by: number | null;
}

const rowToTerms = (r: TermsRow): TermsVersion => ({
  version: r.version,
  text: { th: r.text_th, en: r.text_en },
  createdAt: new Date(r.created_at).toISOString(),
});

export class TermsRepo {
  private readonly allStmt;
  private readonly currentStmt;
  private readonly insertStmt;

  constructor(db: Db) {
    this.allStmt = db.prepare<[], TermsRow>('SELECT * FROM terms_versions ORDER BY version DESC');
    this.currentStmt = db.prepare<[], TermsRow>('SELECT * FROM terms_versions ORDER BY version DESC LIMIT 1');
    // The next number is taken in the same statement, so two admins cannot both make version N.
    this.insertStmt = db.prepare<[string, string, number, number | null], TermsRow>(
      `INSERT INTO terms_versions (version, text_th, text_en, created_at, created_by)
       SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ? FROM terms_versions RETURNING *`,
    );
  }

  all(): TermsVersion[] {
    return this.allStmt.all().map(rowToTerms);
  }

  current(): TermsVersion | undefined {
    const row = this.currentStmt.get();
    return row ? rowToTerms(row) : undefined;
  }

  add(text: { th: string; en: string }, at: number, userId: number | null): TermsVersion {
    return rowToTerms(this.insertStmt.get(text.th, text.en, at, userId)!);
  }
}
