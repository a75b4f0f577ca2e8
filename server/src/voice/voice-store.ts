// Recorded voice sets on the hub's disk: OSS_DATA_DIR/voice/<set>/<clip id>.wav. Names are checked
// by the routes (VoiceSetName, ClipId) before they reach a path. Writes go to a temporary file
// first, so a TV never reads half a clip.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isClipId } from '@oss/shared';

export interface StoredClip {
  id: string;
  bytes: number;
  /** Changes with each upload: it is the clip URL's version (?v=), so TVs never play an old copy. */
  version: string;
}

export interface StoredSet {
  name: string;
  clips: StoredClip[];
}

const versionOf = (st: { mtimeMs: number; size: number }) => `${Math.round(st.mtimeMs).toString(36)}-${st.size.toString(36)}`;

export class VoiceStore {
  constructor(readonly dir: string) {}

  private setDir(set: string): string {
    return join(this.dir, set);
  }

  private clipFile(set: string, clip: string): string {
    return join(this.setDir(set), `${clip}.wav`);
  }

  private clipsOf(set: string): StoredClip[] {
    const clips: StoredClip[] = [];
    for (const file of readdirSync(this.setDir(set))) {
      const id = file.endsWith('.wav') ? file.slice(0, -4) : '';
      if (!isClipId(id)) continue;
      const st = statSync(join(this.setDir(set), file));
      clips.push({ id, bytes: st.size, version: versionOf(st) });
    }
    return clips.sort((a, b) => a.id.localeCompare(b.id));
  }

  list(): StoredSet[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[a-z0-9][a-z0-9-]*$/.test(d.name))
      .map((d) => ({ name: d.name, clips: this.clipsOf(d.name) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  hasSet(set: string): boolean {
    return existsSync(this.setDir(set));
  }

  write(set: string, clip: string, data: Buffer): StoredClip {
    mkdirSync(this.setDir(set), { recursive: true });
    const file = this.clipFile(set, clip);
    const temp = join(this.setDir(set), `.${clip}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temp, data);
    renameSync(temp, file);
    const st = statSync(file);
    return { id: clip, bytes: st.size, version: versionOf(st) };
  }

  /** The clip's bytes and version, or null when the set has no such clip. */
  read(set: string, clip: string): { data: Buffer; version: string } | null {
    const file = this.clipFile(set, clip);
    if (!existsSync(file)) return null;
    const st = statSync(file);
    return { data: readFileSync(file), version: versionOf(st) };
  }

  removeClip(set: string, clip: string): boolean {
    const file = this.clipFile(set, clip);
    if (!existsSync(file)) return false;
    rmSync(file);
    return true;
  }

  removeSet(set: string): boolean {
    if (!this.hasSet(set)) return false;
    rmSync(this.setDir(set), { recursive: true, force: true });
    return true;
  }
}
