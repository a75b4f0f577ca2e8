// Single-key shortcuts for the console. Keys are matched by KeyboardEvent.code (the physical key),
// so N, R, S… work the same with the Thai keyboard layout switched on.
import { useEffect, useRef } from 'react';

export type ShortcutMap = Record<string, () => void>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(shortcuts: ShortcutMap, active: boolean): void {
  const map = useRef(shortcuts);
  useEffect(() => {
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
