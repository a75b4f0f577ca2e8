// Room for one more file (docs/portal.md, "Uploads"): the citizen's quota over everything they
// have stored, then the hub's disk, which must keep room for the queue after the file, or the whole
// office stops when it fills. Asked from the declared Content-Length before the body is read, and
// again with the real size before anything is written.
import type { UploadLimits } from '../config.js';
import { AppError } from '../errors.js';
import type { DiskSpaceSource } from './disk-space.js';
import type { DocumentRepo } from './document-repo.js';

/** Uploads never take the last 5 % of the disk, however large it is. */
const MIN_FREE_FRACTION = 0.05;

const MIB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MIB) * 10) / 10;

export interface UploadRoomDeps {
  documents: DocumentRepo;
  limits: UploadLimits;
  /** The data directory: its file system holds the uploads and the database. */
  dataDir: string;
  diskSpace: DiskSpaceSource;
  log: { warn(obj: object, msg: string): void };
}

export class UploadRoom {
  constructor(private readonly deps: UploadRoomDeps) {}

  /** Refuses `bytes` more from this citizen: 413 quota-exceeded, else 507 insufficient-storage. */
  assert(citizenId: number, bytes: number): void {
    this.assertQuota(citizenId, bytes);
    this.assertDisk(bytes);
  }

  assertQuota(citizenId: number, bytes: number): void {
    const { documents, limits } = this.deps;
    const used = documents.storedBytesOf(citizenId);
    if (used + bytes <= limits.citizenQuotaBytes) return;
    throw new AppError(
      413,
      'quota-exceeded',
      `Your documents may take at most ${mb(limits.citizenQuotaBytes)} MB together (${mb(used)} MB now); ` +
        'remove some from a draft request first',
    );
  }

  assertDisk(bytes: number): void {
    const { dataDir, diskSpace, limits, log } = this.deps;
    let left: number | null = null;
    let reserve = limits.minFreeBytes;
    try {
      const space = diskSpace(dataDir);
      reserve = Math.max(limits.minFreeBytes, Math.ceil(space.total * MIN_FREE_FRACTION));
      left = space.available - bytes;
    } catch (err) {
      // Unknown room is no room: a file is the portal's to refuse, a full disk the whole office's.
      log.warn({ err }, 'uploads refused: the free space of the data directory cannot be read');
    }
    if (left !== null && left >= reserve) return;
    if (left !== null) log.warn({ left, reserve }, 'upload refused: the data directory is nearly full');
    throw new AppError(
      507,
      'insufficient-storage',
      'The office cannot take files just now (its storage is nearly full); nothing was saved. ' +
        'Try again later, or bring the documents to the office.',
    );
  }
}
