// Shown once when the browser refused to play the voice without a tap (a plain browser, not the
// display shell, which allows autoplay). One tap anywhere unlocks the sound for good.
import { MESSAGES } from '../messages';

export function SoundOverlay({ onTap }: { onTap: () => void }) {
  return (
    <button type="button" className="sound-overlay" data-testid="sound-overlay" onClick={onTap}>
      <span className="sound-overlay-icon" aria-hidden="true">
        🔊
      </span>
      <span className="sound-overlay-title">
        {MESSAGES.enableSound.th} / {MESSAGES.enableSound.en}
      </span>
      <span className="sound-overlay-detail">
        {MESSAGES.enableSoundDetail.th}
        <br />
        {MESSAGES.enableSoundDetail.en}
      </span>
    </button>
  );
}
