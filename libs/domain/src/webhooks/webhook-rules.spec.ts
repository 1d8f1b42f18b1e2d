import { DEFAULT_RETRY_SCHEDULE, isWebhookEvent, nextRetryDelayMs, ticketWebhookEvent } from './webhook-rules';

describe('webhook retries', () => {
  it.each<[number, number | undefined]>([
    [1, 5_000],
    [2, 20_000],
    [4, 320_000],
    [7, 20_480_000],
    [8, 21_600_000],
    [9, 21_600_000],
    [10, undefined],
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
