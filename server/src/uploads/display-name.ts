// The name a citizen's file is shown under. It is never part of a path (files are stored by their
// content hash); still, a name that looks like a path is refused outright rather than guessed at,
// so a probing client learns nothing and nothing is stored.
import type { DocumentType } from '@oss/shared';
import { AppError } from '../errors.js';
import { EXTENSION } from './magic.js';

const MAX_NAME = 120;

export function displayName(raw: string, type: DocumentType): string {
  const name = raw.normalize('NFC').trim();
  if (
    name === '' ||
    /[/\\\u0000-\u001f\u007f]/.test(name) ||
    name.includes('..') ||
    name.startsWith('.') ||
    /^[A-Za-z]:/.test(name)
  ) {
    throw new AppError(
      400,
      'file-name-invalid',
      'The file name must be a plain name such as "house-registration.pdf", not a path',
    );
  }
  // Characters that break headers or shells when staff download it.
  let clean = name.replace(/["<>|*?:;]/g, '_');
  const ext = EXTENSION[type];
  const hasExt = type === 'image/jpeg' ? /\.jpe?g$/i.test(clean) : clean.toLowerCase().endsWith(ext);
  if (!hasExt) clean = `${clean}${ext}`;
  if (clean.length > MAX_NAME) clean = `${[...clean].slice(0, MAX_NAME - ext.length).join('')}${ext}`;
  return clean;
}
