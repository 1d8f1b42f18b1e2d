import { playChime } from '../../shared/chime';

/**
 * Speaks the API's announcements one after another, each after a chime, so they never overlap.
 * A board that falls behind (many calls at once) drops the oldest waiting announcements beyond
 * `maxPending` rather than read out calls long gone; its memory stays bounded.
 */
export class Announcer {
  private readonly pending: string[] = [];
  private busy = false;

  constructor(
    private readonly speak: (text: string) => Promise<void> = speakIndonesian,
    private readonly chime: () => Promise<void> = playChime,
    private readonly maxPending = 5,
  ) {}

  get queued(): number {
    return this.pending.length;
  }

  announce(text: string): void {
    this.pending.push(text);
    while (this.pending.length > this.maxPending) this.pending.shift();
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let text = this.pending.shift(); text !== undefined; text = this.pending.shift()) {
        await this.chime();
        await this.speak(text);
      }
    } finally {
      this.busy = false;
    }
  }
}

/** The browser's speech synthesis with an id-ID voice where the system has one; resolves when done. */
export function speakIndonesian(text: string): Promise<void> {
  const synthesis = globalThis.speechSynthesis;
  if (!synthesis) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'id-ID';
    const voice = synthesis.getVoices().find((candidate) => candidate.lang.replace('_', '-').startsWith('id'));
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    // A system without voices may never end the utterance: do not hold the queue for ever.
    const fallback = setTimeout(resolve, 15_000);
    utterance.onend = utterance.onerror = () => {
      clearTimeout(fallback);
      resolve();
    };
    synthesis.speak(utterance);
  });
}
