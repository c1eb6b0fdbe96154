import { describe, expect, it } from 'vitest';
import { LaggingCache } from './ttl-cache.ts';

/** A load whose completion the test controls, counting how often it ran. */
function controlledLoads() {
  const calls: { version: string; resolve: (v: string) => void }[] = [];
  const load = (version: string) => () => new Promise<string>((resolve) => calls.push({ version, resolve }));
  return { calls, load };
}

describe('LaggingCache', () => {
  it('with no lag allowed, a new data version waits for the fresh value (strict)', async () => {
    let now = 0;
    const cache = new LaggingCache<string>(4, () => 0, () => now);
    const { calls, load } = controlledLoads();
    const first = cache.get('k', 'v1', load('v1'));
    calls[0]!.resolve('a');
    expect((await first).value).toBe('a');
    now = 5;
    const second = cache.get('k', 'v2', load('v2'));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('b');
    expect(await second).toMatchObject({ value: 'b', version: 'v2' });
  });

  it('serves the previous value within the lag, refreshes once in the background past half of it', async () => {
    let now = 0;
    const cache = new LaggingCache<string>(4, () => 1000, () => now);
    const { calls, load } = controlledLoads();
    const first = cache.get('k', 'v1', load('v1'));
    calls[0]!.resolve('a');
    await first;

    now = 100; // young entry, new version: served as is, no refresh yet
    expect(await cache.get('k', 'v2', load('v2'))).toMatchObject({ value: 'a', version: 'v1' });
    expect(calls).toHaveLength(1);

    now = 600; // past half the lag: served as is, one refresh starts
    expect((await cache.get('k', 'v3', load('v3'))).value).toBe('a');
    expect((await cache.get('k', 'v3', load('v3'))).value).toBe('a');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('c');
    await Promise.resolve();
    await Promise.resolve();
    expect(await cache.get('k', 'v3', load('v3'))).toMatchObject({ value: 'c', version: 'v3' });
  });

  it('never serves an entry older than the lag: the caller waits, and concurrent callers share one load', async () => {
    let now = 0;
    const cache = new LaggingCache<string>(4, () => 1000, () => now);
    const { calls, load } = controlledLoads();
    const first = cache.get('k', 'v1', load('v1'));
    calls[0]!.resolve('a');
    await first;
    now = 1500;
    const a = cache.get('k', 'v2', load('v2'));
    const b = cache.get('k', 'v2', load('v2'));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('b');
    expect((await a).value).toBe('b');
    expect((await b).value).toBe('b');
  });

  it('forgets a failed load and evicts the least recently used key', async () => {
    const cache = new LaggingCache<string>(2, () => 0);
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect((await cache.get('k', 'v1', async () => 'ok')).value).toBe('ok');
    await cache.get('x', 'v1', async () => 'x');
    await cache.get('y', 'v1', async () => 'y');
    let loaded = false;
    await cache.get('k', 'v1', async () => ((loaded = true), 'again'));
    expect(loaded).toBe(true);
  });
});
