import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { idleMsFrom, useIdleReset } from './use-idle-reset';

describe('useIdleReset', () => {
  afterEach(() => vi.useRealTimers());

  it('goes back to the start 30 s after the last touch, not before', () => {
    vi.useFakeTimers();
    const reset = vi.fn();
    renderHook(() => useIdleReset(30_000, reset, true));
    vi.advanceTimersByTime(20_000);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(20_000);
    expect(reset).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('does nothing on the start screen itself', () => {
    vi.useFakeTimers();
    const reset = vi.fn();
    renderHook(() => useIdleReset(30_000, reset, false));
    vi.advanceTimersByTime(60_000);
    expect(reset).not.toHaveBeenCalled();
  });

  it('takes the idle time from ?diam= in whole seconds, 30 s when absent or out of range', () => {
    expect(idleMsFrom('')).toBe(30_000);
    expect(idleMsFrom('?diam=2')).toBe(2_000);
    expect(idleMsFrom('?kertas=58&diam=120')).toBe(120_000);
    for (const wrong of ['?diam=0', '?diam=601', '?diam=1.5', '?diam=abc', '?diam=-3']) expect(idleMsFrom(wrong)).toBe(30_000);
  });
});
