// The office's announcement (set by an admin, in the snapshot's office.announcement) scrolling
// along the bottom: Thai, then English. The text is there twice so the loop has no seam.
import type { Localized } from '@oss/shared';
import { MESSAGES } from '../messages';

// Reading speed across a lobby: about this many characters a second go by.
const CHARS_PER_SECOND = 9;

export function Ticker({ text, showEnglish }: { text: Localized | undefined; showEnglish: boolean }) {
  const th = text?.th.trim() ?? '';
  const en = showEnglish ? (text?.en.trim() ?? '') : '';
  if (!th && !en) return null;
  const line = (copy: number) => (
    <span className="ticker-item" aria-hidden={copy > 0} key={copy}>
      {th && (
        <span className="ticker-th" lang="th">
          {th}
        </span>
      )}
      {th && en && <span className="ticker-sep">•</span>}
      {en && (
        <span className="ticker-en" lang="en">
          {en}
        </span>
      )}
    </span>
  );
  const seconds = Math.max(15, Math.round((th.length + en.length + 10) / CHARS_PER_SECOND));
  return (
    <div className="ticker" data-testid="ticker" role="marquee" aria-label={`${th} ${en}`.trim()}>
      <span className="ticker-label">
        {MESSAGES.announcement.th}
        {showEnglish && <small>{MESSAGES.announcement.en}</small>}
      </span>
      <div className="ticker-window">
        <div className="ticker-track" style={{ animationDuration: `${seconds}s` }} data-testid="ticker-track">
          {line(0)}
          {line(1)}
        </div>
      </div>
    </div>
  );
}
