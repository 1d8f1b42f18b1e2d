/**
 * At most `limit` of the live pages' reads run at once; the rest wait their turn in order. Live
 * pages share the database pool with officers' and citizens' requests, and thousands of pages
 * (re)connecting at once, or many lines changing together, must never take the connections
 * those requests need: with a pool of ten, live reads hold two at most.
 */
export class LiveReads {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(read: () => Promise<T>): Promise<T> {
    // A slot freed while others wait passes straight to the first of them (it is never counted free in between).
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running++;
    try {
      return await read();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
