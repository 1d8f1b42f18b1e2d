/**
 * Read results kept for a few seconds per key, shared by concurrent callers: the national
 * dashboard's sources change by the minute at most (roll-ups, deployments, stage history), and
 * a ministry room refreshing the same page should cost one set of queries, not one per viewer.
 * Each instance keeps its own copy and lets it expire: no state that another instance would need.
 *
 * With `staleMs`, an expired entry whose read succeeded is still answered for that much longer
 * while a single new read runs in the background and replaces it when done (ADR 0078): callers
 * never wait for a re-read, only the first caller of a key (or of one left unread past
 * `ttlMs + staleMs`) waits for its read.
 */
export class ShortLivedCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
    private readonly staleMs = 0,
  ) {}

  get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value as Promise<T>;
    if (entry?.settled && entry.until + this.staleMs > now) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        this.read(key, load, now, entry);
      }
      return entry.value as Promise<T>;
    }
    return this.read(key, load, now);
  }

  private read<T>(key: string, load: () => Promise<T>, now: number, previous?: Entry): Promise<T> {
    if (!previous && this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    const entry: Entry = { until: now + this.ttlMs, value, settled: false, refreshing: false };
    // A refresh replaces the entry only once it has succeeded; until then the previous one answers.
    if (!previous) this.entries.set(key, entry);
    value.then(
      () => {
        entry.settled = true;
        if (previous && this.entries.get(key) === previous) this.entries.set(key, entry);
      },
      () => {
        // A failed read is not kept: the next caller tries again (a failed refresh leaves the previous answer).
        if (previous) previous.refreshing = false;
        else if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }
}

interface Entry {
  until: number;
  value: Promise<unknown>;
  /** The read succeeded: the entry may answer past `until` while its successor is read. */
  settled: boolean;
  refreshing: boolean;
}
