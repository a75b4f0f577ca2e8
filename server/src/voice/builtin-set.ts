// The default voice set the display's build made with espeak-ng (display/dist/renderer/voice/
// default/manifest.json), served with the display's files at /display/voice/default/. Absent when
// the build had no espeak-ng: the TVs then use the browser's speech synthesis.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_VOICE_SET, isClipId, VoiceManifest, type VoiceSet } from '@oss/shared';

const BUILTIN_URL = `/display/voice/${DEFAULT_VOICE_SET}/`;

export function builtInSetReader(webRoot: string): () => VoiceSet | null {
  const file = join(webRoot, 'display', 'dist', 'renderer', 'voice', DEFAULT_VOICE_SET, 'manifest.json');
  // Re-read only when a new build replaced the manifest.
  let cached: { mtimeMs: number; set: VoiceSet | null } | null = null;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (cached?.mtimeMs !== mtimeMs) {
      let json: unknown = null;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // A half-written manifest (a build running now) reads as no set until it is complete.
      }
      const parsed = VoiceManifest.safeParse(json);
      const clips = parsed.success
        ? Object.fromEntries(
            Object.entries(parsed.data.clips)
              .filter(([id, name]) => isClipId(id) && /^[a-z0-9-]+\.(wav|ogg)$/.test(name))
              .map(([id, name]) => [id, `${BUILTIN_URL}${name}`]),
          )
        : null;
      cached = { mtimeMs, set: clips ? { name: DEFAULT_VOICE_SET, builtIn: true, clips } : null };
    }
    return cached.set;
  };
}
