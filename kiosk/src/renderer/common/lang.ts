import type { Lang } from '@oss/shared';

/** The language not chosen, shown smaller beside the chosen one. */
export function otherLang(lang: Lang): Lang {
  return lang === 'th' ? 'en' : 'th';
}
