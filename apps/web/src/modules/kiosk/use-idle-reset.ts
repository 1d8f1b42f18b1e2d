import { useEffect } from 'react';

/** After `ms` without a touch, key or scroll, back to the start: the next visitor finds the first screen. */
export function useIdleReset(ms: number, reset: () => void, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(reset, ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(reset, ms);
    };
    const events = ['pointerdown', 'keydown', 'scroll', 'input'] as const;
    for (const name of events) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, restart);
    };
  }, [ms, reset, active]);
}
