import type { Localized } from '@oss/shared';

/** Thai on top, English under it: how every label on the board reads. */
export function Bilingual({ text, className = '' }: { text: Localized; className?: string }) {
  return (
    <span className={`bi ${className}`}>
      <span className="bi-th" lang="th">
        {text.th}
      </span>
      <span className="bi-en" lang="en">
        {text.en}
      </span>
    </span>
  );
}
