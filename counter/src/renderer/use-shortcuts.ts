// Single-key shortcuts for the console. Keys are matched by KeyboardEvent.code (the physical key),
// so N, R, S… work the same with the Thai keyboard layout switched on.
import { useEffect, useLayoutEffect, useRef } from 'react';

export type ShortcutMap = Record<string, () => void>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(shortcuts: ShortcutMap, active: boolean): void {
  const map = useRef(shortcuts);
  // In the same task as the DOM update: a key pressed once the screen shows a new state must get
  // that state's actions, not the previous render's (a passive effect can run after the key).
  useLayoutEffect(() => {
    map.current = shortcuts;
  }, [shortcuts]);

  useEffect(() => {
    if (!active) return;
    const matches = (e: KeyboardEvent) =>
      !e.ctrlKey && !e.altKey && !e.metaKey && !isTyping(e.target) && Object.hasOwn(map.current, e.code);
    const onKeyDown = (e: KeyboardEvent) => {
      if (!matches(e)) return;
      // Stops Space from scrolling or from also pressing whichever button has the focus.
      e.preventDefault();
      if (e.repeat) return;
      map.current[e.code]?.();
    };
    // A focused button is pressed by Space on key-up; the shortcut already did the work.
    const onKeyUp = (e: KeyboardEvent) => {
      if (matches(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [active]);
}
