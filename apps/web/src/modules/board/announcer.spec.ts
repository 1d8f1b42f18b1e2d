import { describe, expect, it } from 'vitest';

import { Announcer } from './announcer';

function deferredSpeaker() {
  const spoken: string[] = [];
  const log: string[] = [];
  let finish: (() => void) | undefined;
  const speak = (text: string) =>
    new Promise<void>((resolve) => {
      log.push(`start ${text}`);
      finish = () => {
        log.push(`end ${text}`);
        spoken.push(text);
        resolve();
      };
    });
  return { spoken, log, speak, finishCurrent: () => finish?.() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Announcer', () => {
  it('speaks each call after a chime, one after another, never two at once', async () => {
    const speaker = deferredSpeaker();
    const chimes: number[] = [];
    const announcer = new Announcer(speaker.speak, async () => void chimes.push(1));
    announcer.announce('A nol nol satu, loket tiga');
    announcer.announce('A nol nol dua, loket empat');
    await tick();
    expect(speaker.log).toEqual(['start A nol nol satu, loket tiga']);
    speaker.finishCurrent();
    await tick();
    expect(speaker.log).toEqual(['start A nol nol satu, loket tiga', 'end A nol nol satu, loket tiga', 'start A nol nol dua, loket empat']);
    speaker.finishCurrent();
    await tick();
    expect(speaker.spoken).toHaveLength(2);
    expect(chimes).toHaveLength(2);
  });

  it('keeps at most a few waiting announcements, dropping the oldest', async () => {
    const speaker = deferredSpeaker();
    const announcer = new Announcer(speaker.speak, async () => undefined, 2);
    for (const number of ['1', '2', '3', '4', '5']) announcer.announce(number);
    await tick();
    expect(announcer.queued).toBe(2);
    for (let i = 0; i < 3; i += 1) {
      speaker.finishCurrent();
      await tick();
    }
    expect(speaker.spoken).toEqual(['1', '4', '5']);
  });
});
