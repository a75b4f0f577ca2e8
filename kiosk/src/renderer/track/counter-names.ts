// Counter names in the reader's language. The track call gives one name (Thai); the live state
// knows each counter's names in both languages.
import { pick, type Lang, type Localized } from '@oss/shared';

type NamedCounter = { id: number; name: string; names: Localized };

export function counterNameById(counters: readonly NamedCounter[] | undefined, id: number, fallback: string, lang: Lang): string {
  const found = counters?.find((c) => c.id === id);
  return found ? pick(found.names, lang) : fallback;
}

export function counterNameByName(counters: readonly NamedCounter[] | undefined, name: string, lang: Lang): string {
  const found = counters?.find((c) => c.name === name || c.names.th === name);
  return found ? pick(found.names, lang) : name;
}
