/**
 * Small caches of promises (concurrent callers share one load; a failed load is forgotten).
 *
 * `VersionedCache` is the one to use for anything read from the graph: its keys carry the data
 * version (`dataVersion(db)` in metrics.ts, which moves on every recorded write), so an entry can
 * never be staler than the data and needs no time limit; the least recently used entry is evicted.
 * `TtlCache` is the older time-limited variant, for values with no version to key on.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // refresh its place, so the least recently used entry is the one evicted
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = load();
    this.entries.set(key, value);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A small time-limited cache of promises (concurrent callers share one load); oldest entry evicted first. */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(private readonly ttlMs: number, private readonly maxEntries: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
