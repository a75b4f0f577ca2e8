// Returns to the start when nobody has touched the screen for a while, so the next citizen never
// finds someone else's half-finished choice. Any touch restarts the count. Each screen calls it
// itself, so the count starts afresh whenever a screen appears.
import { useEffect, useRef, useState } from 'react';

/** Seconds left before `onIdle` runs. */
export function useIdle(timeoutMs: number, onIdle: () => void): number {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  const [left, setLeft] = useState(() => Math.ceil(timeoutMs / 1000));

  useEffect(() => {
    let deadline = Date.now() + timeoutMs;
    const id = setInterval(() => {
      const ms = deadline - Date.now();
      if (ms <= 0) {
        // Re-armed, for a screen that stays (the start); other screens are gone after onIdle.
        deadline = Date.now() + timeoutMs;
        onIdleRef.current();
        return;
      }
      setLeft(Math.ceil(ms / 1000));
    }, 200);
    const touched = () => {
      deadline = Date.now() + timeoutMs;
      setLeft(Math.ceil(timeoutMs / 1000));
    };
    window.addEventListener('pointerdown', touched, { passive: true });
    window.addEventListener('keydown', touched);
    return () => {
      clearInterval(id);
      window.removeEventListener('pointerdown', touched);
      window.removeEventListener('keydown', touched);
    };
  }, [timeoutMs]);

  return left;
}
