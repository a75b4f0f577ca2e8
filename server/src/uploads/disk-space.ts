// How much room the data directory's file system has. Injected (createHub's `diskSpace`), so a
// test can play a nearly full disk without filling one.
import { statfsSync } from 'node:fs';

export interface DiskSpace {
  /** Bytes an ordinary process may still write. */
  available: number;
  /** The file system's size in bytes. */
  total: number;
}

export type DiskSpaceSource = (dir: string) => DiskSpace;

export const statfsDiskSpace: DiskSpaceSource = (dir) => {
  const s = statfsSync(dir);
  return { available: s.bavail * s.bsize, total: s.blocks * s.bsize };
};
