// What a file is, from its first bytes: the name and the declared content type are the sender's
// claims and are never trusted.
import type { DocumentType } from '@oss/shared';

const SIGNATURES: Array<{ type: DocumentType; bytes: number[] }> = [
  // "%PDF-"
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // SOI and the start of the next marker.
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(content: Uint8Array): DocumentType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return type;
  }
  return null;
}

export const EXTENSION: Record<DocumentType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};
