// Attaching files to a request, and staff reading them. A file is checked before anything is
// written: its type from its first bytes (PDF, JPEG, PNG), its size, the request's file count, a
// plain display name, the citizen's quota and the disk's free space. Rejected uploads leave no
// trace on disk or in the database.
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUEST, type DocumentInfo, type DocumentType } from '@oss/shared';
import type { AuditRepo } from '../admin/audit-repo.js';
import type { CitizenRecord } from '../citizens/citizen-repo.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/open.js';
import { AppError, conflict, notFound } from '../errors.js';
import type { RequestAccess } from '../requests/request-access.js';
import type { RequestRepo } from '../requests/request-repo.js';
import type { Requests } from '../requests/requests.js';
import type { UserRecord } from '../users/user-repo.js';
import { displayName } from './display-name.js';
import { rowToDocument, type DocumentRepo } from './document-repo.js';
import { sniffDocumentType } from './magic.js';
import type { UploadRoom } from './upload-room.js';
import type { UploadStore } from './upload-store.js';

export interface DocumentsDeps {
  db: Db;
  clock: Clock;
  store: UploadStore;
  room: UploadRoom;
  documents: DocumentRepo;
  requests: RequestRepo;
  requestService: Requests;
  access: RequestAccess;
  audit: AuditRepo;
}

export class Documents {
  constructor(private readonly deps: DocumentsDeps) {}

  /**
   * Before the body is read: refuses a declared length over the file limit, the citizen's quota or
   * the disk's room. A body without a length (chunked) is checked in upload() once it has arrived.
   */
  assertRoom(citizen: CitizenRecord, declaredBytes: number): void {
    if (declaredBytes > MAX_DOCUMENT_BYTES) throw tooLarge();
    this.deps.room.assert(citizen.id, declaredBytes);
  }

  upload(citizen: CitizenRecord, requestId: number, rawName: string, content: Buffer): DocumentInfo {
    const { db, clock, store, room, documents, requestService } = this.deps;
    const editable = () => {
      const r = requestService.own(citizen, requestId);
      if (r.status !== 'draft')
        throw conflict('request-not-editable', 'Documents can be added only before the request is submitted');
      if (documents.liveCount(r.id) >= MAX_DOCUMENTS_PER_REQUEST) {
        throw conflict('too-many-files', `A request can have at most ${MAX_DOCUMENTS_PER_REQUEST} files`);
      }
      return r;
    };
    editable();
    if (content.length === 0) throw new AppError(400, 'bad-request', 'The file is empty');
    if (content.length > MAX_DOCUMENT_BYTES) throw tooLarge();
    const type = sniffDocumentType(content);
    if (!type) {
      throw new AppError(
        415,
        'file-type-not-allowed',
        'Only PDF, JPEG and PNG files can be attached (checked from the file itself)',
      );
    }
    const name = displayName(rawName, type);
    // Checked again with the write lock held, then the file is written: a row never names a file
    // that is not there, and two uploads at once cannot both squeeze under the quota. A file
    // orphaned by a failed insert is removed.
    return db
      .transaction(() => {
        const r = editable();
        room.assert(citizen.id, content.length);
        const sha = store.put(content);
        try {
          return rowToDocument(
            documents.insert({
              request_id: r.id,
              sha256: sha,
              display_name: name,
              mime: type,
              size: content.length,
              uploaded_at: clock.now().getTime(),
            }),
          );
        } catch (err) {
          if (!documents.shaInUse(sha)) store.remove(sha);
          throw err;
        }
      })
      .immediate();
  }

  remove(citizen: CitizenRecord, requestId: number, documentId: number): void {
    const { db, store, documents, requestService } = this.deps;
    const sha = db
      .transaction(() => {
        const r = requestService.own(citizen, requestId);
        const d = documents.byId(documentId);
        if (!d || d.request_id !== r.id) throw notFound('document-not-found', 'Document');
        if (r.status !== 'draft')
          throw conflict('request-not-editable', 'Documents can be removed only before the request is submitted');
        documents.delete(d.id);
        return documents.shaInUse(d.sha256) ? null : d.sha256;
      })
      .immediate();
    if (sha) store.remove(sha);
  }

  /**
   * The file for staff who may see its request (request-access.ts; anyone else gets the 404 of an
   * unknown document); each download is written to the audit log.
   */
  download(documentId: number, user: UserRecord): { content: Buffer; type: DocumentType; name: string } {
    const { store, documents, requests, access, audit } = this.deps;
    const d = documents.byId(documentId);
    const r = d && requests.byId(d.request_id);
    if (!d || !r || !access.maySee(user, r)) throw notFound('document-not-found', 'Document');
    const content = d.purged_at === null ? store.read(d.sha256) : null;
    if (!content) throw new AppError(404, 'document-not-found', 'This document was deleted after the retention period');
    audit.record({
      userId: user.id,
      entity: 'citizen',
      entityId: r.citizen_id,
      action: 'document-download',
      after: { documentId: d.id, requestId: d.request_id },
    });
    return { content, type: d.mime, name: d.display_name };
  }
}

export const tooLarge = () => new AppError(413, 'file-too-large', `A file may be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
