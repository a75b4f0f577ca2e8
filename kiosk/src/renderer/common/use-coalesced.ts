// Runs `action` once, `delayMs` after the first of a burst of changes of `key` (not on mount). Unlike a plain
// debounce it never starves: a steady stream of live events still triggers a read every delayMs.
import { useEffect, useRef } from 'react';

export function useCoalesced(key: unknown, delayMs: number, action: () => void): void {
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastKey = useRef(key);
  useEffect(() => {
    if (Object.is(key, lastKey.current) || timer.current !== null) return;
    lastKey.current = key;
    timer.current = setTimeout(() => {
      timer.current = null;
      actionRef.current();
    }, delayMs);
  }, [key, delayMs]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
}
