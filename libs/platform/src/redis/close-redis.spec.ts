import Redis from 'ioredis';

import { closeRedis } from './close-redis';

describe('closeRedis', () => {
  it.each([false, true])('stops a client that cannot reach Redis from reconnecting (offline queue %s)', async (enableOfflineQueue) => {
    // Port 1 refuses connections: the client tries again every 50 ms until told to stop.
    const client = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 1, enableOfflineQueue, retryStrategy: () => 50 });
    client.on('error', () => undefined);
    let attempts = 0;
    client.on('reconnecting', () => attempts++);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts).toBeGreaterThan(0);

    await closeRedis(client);
    attempts = 0;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(attempts).toBe(0);
  });
});
