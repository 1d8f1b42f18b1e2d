import type Redis from 'ioredis';

/**
 * Ends an ioredis client whatever state it is in. `quit()` alone is not enough: while Redis
 * cannot be reached it either rejects at once (offline queue off) or waits for a connection
 * forever (offline queue holding a command), and in both cases the client goes on reconnecting,
 * so a reconnect timer holds the process open after the app has closed (found as the e2e
 * suites' open handle: auth.e2e-spec's "Redis unreachable" app). Connected, QUIT lets pending
 * replies arrive first; otherwise `disconnect()` drops the socket and stops reconnecting.
 */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // the connection went away meanwhile: disconnect below
    }
  }
  client.disconnect();
}
