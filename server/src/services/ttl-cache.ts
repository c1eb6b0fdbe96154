/**
 * A cache for expensive figures derived from the whole graph (gap reports, brokering neighbourhoods)
 * that may lag the data by at most `maxLagMs`, so a stream of writes cannot keep every reader
 * waiting for a recomputation (stale-while-revalidate, RFC 5861's idea applied in process).
 *
 * An entry is kept per key with the data version it was computed at. A request with the same version
 * is a hit. With another version: an entry younger than `maxLagMs` is served as it is, and once it is
 * older than half that, one refresh starts in the background (never two at once for a key), so under
 * constant writes each key is recomputed about every maxLagMs/2 and never served older than maxLagMs;
 * an older entry is not served: the caller waits for the fresh one. `maxLagMs = 0` is strict: every
 * version change waits for the fresh value.
 */
export interface Lagged<T> {
  value: T;
  /** the data version the value was computed at */
  version: string;
  computedAt: number;
}

export class LaggingCache<T> {
  private readonly entries = new Map<string, { current?: Lagged<T>; pending?: Promise<Lagged<T>>; pendingVersion?: string }>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxLagMs: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, version: string, load: () => Promise<T>): Promise<Lagged<T>> {
    let slot = this.entries.get(key);
    if (slot) {
      this.entries.delete(key);
      this.entries.set(key, slot);
    } else {
      slot = {};
      this.entries.set(key, slot);
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    const current = slot.current;
    if (current?.version === version) return current;
    const lag = this.maxLagMs();
    const age = current ? this.now() - current.computedAt : Infinity;
    if (current && age < lag) {
      if (age >= lag / 2 && !slot.pending) void this.refresh(slot, version, load).catch(() => undefined);
      return current;
    }
    if (slot.pending && slot.pendingVersion === version) return slot.pending;
    return this.refresh(slot, version, load);
  }

  private refresh(slot: { current?: Lagged<T>; pending?: Promise<Lagged<T>>; pendingVersion?: string }, version: string, load: () => Promise<T>): Promise<Lagged<T>> {
    const started = this.now();
    const pending = load().then(
      (value) => {
        const fresh = { value, version, computedAt: started };
        // a slower, older refresh never replaces a newer result
        if (!slot.current || slot.current.computedAt <= started) slot.current = fresh;
        if (slot.pending === pending) slot.pending = undefined;
        return fresh;
      },
      (error: unknown) => {
        if (slot.pending === pending) slot.pending = undefined;
        throw error;
      },
    );
    slot.pending = pending;
    slot.pendingVersion = version;
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}
