import { useCallback, useEffect, useRef } from 'react';

/**
 * Gives the focus back to what had it when a task started, once the task is over: a form's fields are
 * off while it saves, and the field in which Enter was pressed loses the focus to the page as it goes
 * off. Call `keep()` as the task starts; when `busy` turns false, the element that had the focus takes
 * it again, if it is still on the page and nothing else has taken it since.
 */
export function useFocusKept(busy: boolean): () => void {
  const kept = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy) return;
    const element = kept.current;
    kept.current = null;
    if (element === null || !element.isConnected) return;
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) element.focus();
  }, [busy]);
  return useCallback(() => {
    kept.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
}
