import { useEffect } from 'react';

/** Back to the start after 30 s without a touch (issue 12). */
export const IDLE_MS = 30_000;

/**
 * The idle time for this kiosk: 30 s, or `?diam=<seconds>` (1 to 600) in its address, so a mall
 * can give slow visitors longer and a browser test need not wait half a minute.
 */
export function idleMsFrom(search: string): number {
  const seconds = Number(new URLSearchParams(search).get('diam'));
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 600 ? seconds * 1000 : IDLE_MS;
}

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
