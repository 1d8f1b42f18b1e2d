/**
 * Read results kept for a few seconds per key, shared by concurrent callers: the national
 * dashboard's sources change by the minute at most (roll-ups, deployments, stage history), and
 * a ministry room refreshing the same page should cost one set of queries, not one per viewer.
 * Each instance keeps its own copy and lets it expire: no state that another instance would need.
 */
export class ShortLivedCache {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
  ) {}

  get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { until: now + this.ttlMs, value });
    // A failed read is not kept: the next caller tries again.
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
