/**
 * A two-tone chime made in the browser (no audio file to fetch). Browsers play sound only
 * after a tap on the page: `unlockSound()` from a click handler makes later chimes audible.
 */
let context: AudioContext | undefined;

export function unlockSound(): boolean {
  const Context = globalThis.AudioContext;
  if (!Context) return false;
  context ??= new Context();
  void context.resume();
  return context.state !== 'closed';
}

export function soundUnlocked(): boolean {
  return context?.state === 'running';
}

/** Plays the chime; resolves when it has finished (about 0.9 s), at once without sound. */
export function playChime(): Promise<void> {
  if (!context || context.state !== 'running') return Promise.resolve();
  const start = context.currentTime;
  for (const [index, frequency] of [659.25, 523.25].entries()) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + index * 0.4);
    gain.gain.exponentialRampToValueAtTime(0.4, start + index * 0.4 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + index * 0.4 + 0.45);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + index * 0.4);
    oscillator.stop(start + index * 0.4 + 0.5);
  }
  return new Promise((resolve) => setTimeout(resolve, 900));
}
