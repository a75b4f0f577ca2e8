// Where each clip of the chosen voice set is: the hub lists its sets (GET /api/v1/voice-sets):
// the built-in `default` (espeak-ng, made at build time) and any recorded set an admin uploaded.
// A recorded set may be partial; what it lacks comes from the default set.
import { DEFAULT_VOICE_SET, routes } from '@oss/shared';
import { createClient } from '@oss/shared/client';

export type ClipUrls = ReadonlyMap<string, string>;

export async function loadClipUrls(set: string): Promise<ClipUrls> {
  const { sets } = await createClient().call(routes.voiceSets, { cache: 'no-store' });
  const base = sets.find((s) => s.name === DEFAULT_VOICE_SET);
  const chosen = sets.find((s) => s.name === set);
  if (set !== DEFAULT_VOICE_SET && !chosen) console.warn(`voice: there is no voice set "${set}"; using the default set`);
  return new Map(Object.entries({ ...base?.clips, ...chosen?.clips }));
}

/** The URL of every clip, or null when the set lacks any of them. */
export function urlsFor(urls: ClipUrls, clips: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const id of clips) {
    const url = urls.get(id);
    if (!url) return null;
    out.push(url);
  }
  return out;
}
