import type { Observable } from 'rxjs';

import type { QueueEvent } from './queue-events';

/**
 * Delivers queue events to the boards and ticket pages connected to this process. Without
 * Redis only this process's clients hear them; with REDIS_URL every instance publishes to and
 * listens on Redis, so a board connected to any instance sees a call made on any other.
 */
export abstract class QueueEventBus {
  /**
   * True when other processes publish to the same boards (Redis): a count this process
   * learned earlier may then be older than one another process has published since.
   */
  abstract readonly shared: boolean;

  abstract publish(event: QueueEvent): Promise<void>;

  abstract events(regionCode: string, siteCode: string): Observable<QueueEvent>;

  /** Resolves when events of the site reach this process (after `events` is subscribed): a stream sends its snapshot after this, so nothing falls between. */
  abstract listening(regionCode: string, siteCode: string): Promise<void>;
}
