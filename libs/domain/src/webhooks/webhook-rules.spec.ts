import { DEFAULT_RETRY_SCHEDULE, isWebhookEvent, nextRetryDelayMs, ticketWebhookEvent } from './webhook-rules';

describe('webhook retries', () => {
  it.each<[number, number | undefined]>([
    [1, 5_000],
    [2, 20_000],
    [4, 320_000],
    [5, 1_280_000],
    [6, 1_800_000],
    [52, 1_800_000],
    [53, undefined],
  ])('waits after %i failed attempts %i ms', (attempts, wait) => {
    expect(nextRetryDelayMs(attempts)).toBe(wait);
  });

  it('keeps retrying for about a day, then gives up', () => {
    let total = 0;
    for (let attempts = 1; nextRetryDelayMs(attempts) !== undefined; attempts++) total += nextRetryDelayMs(attempts) as number;
    // The last retry comes more than 18 hours after the first attempt; the next would pass the day.
    expect(total).toBeGreaterThan(18 * 3_600_000);
    expect(total).toBeLessThanOrEqual(DEFAULT_RETRY_SCHEDULE.windowMs);
  });

  it.each([
    ['an hour', 3_600_000],
    ['ten minutes', 600_000],
    ['twenty hours', 20 * 3_600_000],
  ])('reaches a receiver that was down for %s within half an hour of its return', (_name, downMs) => {
    let at = 0;
    for (let attempts = 1; at < downMs; attempts++) at += nextRetryDelayMs(attempts) as number;
    expect(at - downMs).toBeLessThanOrEqual(1_800_000);
  });

  it('never waits more than a quarter of a short window, whatever the cap', () => {
    expect(nextRetryDelayMs(4, { baseMs: 100, windowMs: 5_000, maxWaitMs: 1_800_000 })).toBe(1_250);
  });

  it('knows its events', () => {
    expect(isWebhookEvent('application.status_changed')).toBe(true);
    expect(isWebhookEvent('toString')).toBe(false);
  });
});

describe('ticket webhooks', () => {
  it.each([
    ['call', 'called', 'ticket.called'],
    ['recall', 'called', 'ticket.called'],
    ['start', 'serving', undefined],
    ['finish', 'done', 'ticket.finished'],
    ['skip', 'no_show', 'ticket.finished'],
    ['cancel', 'cancelled', 'ticket.finished'],
    ['transfer', 'waiting', undefined],
  ])('%s to %s reports %s', (action, status, event) => {
    expect(ticketWebhookEvent(action, status)).toBe(event);
  });
});
