// Retention (docs/design.md §3.7, PDPA) for what the portal keeps: documents older than the retention are
// deleted (file and content; the row stays, marked purged, so the request shows "deleted"), the
// LINE links the portal made age out like chat links, and dead logins and reset tokens go.
import type { CitizenSessionRepo } from '../citizens/citizen-session-repo.js';
import type { ResetRepo } from '../citizens/reset-repo.js';
import type { Db } from '../db/open.js';
import type { LinksRepo } from '../line/links-repo.js';
import type { DocumentRepo } from '../uploads/document-repo.js';
import type { UploadStore } from '../uploads/upload-store.js';

const DAY = 24 * 3600_000;

export interface PortalPurgeDeps {
  db: Db;
  documents: DocumentRepo;
  store: UploadStore;
  links: LinksRepo;
  sessions: CitizenSessionRepo;
  resets: ResetRepo;
  documentRetentionDays: number;
  lineRetentionDays: number;
}

export interface PortalPurgeResult {
  documents: number;
  files: number;
  lineLinks: number;
  sessions: number;
  resets: number;
}

export function purgePortalData(deps: PortalPurgeDeps, now: number): PortalPurgeResult {
  const { db, documents, store, links, sessions, resets } = deps;
  const { result, files } = db
    .transaction(() => {
      const due = documents.uploadedBefore(now - deps.documentRetentionDays * DAY);
      for (const d of due) documents.markPurged(d.id, now);
      // A file shared with a newer document (the same bytes sent again) stays for that one.
      const files = [...new Set(due.map((d) => d.sha256))].filter((sha) => !documents.shaInUse(sha));
      return {
        files,
        result: {
          documents: due.length,
          files: files.length,
          lineLinks: links.purgeLinkedBefore(now - deps.lineRetentionDays * DAY),
          sessions: sessions.purgeExpired(now),
          resets: resets.purgeExpired(now),
        },
      };
    })
    .immediate();
  // After the commit: a crash in between leaves a file no row needs, never a row without its file;
  // such leftovers are swept here next time. Synchronous, like every upload, so none interleaves.
  for (const sha of files) store.remove(sha);
  for (const sha of store.list()) if (!documents.shaInUse(sha)) store.remove(sha);
  return result;
}
