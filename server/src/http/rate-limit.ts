/**
 * In-memory token buckets, per key (an IP address, a user id). Per server instance: behind several
 * instances each keeps its own buckets, so the effective limit is N times the configured one.
 */
export interface BucketOptions {
  /** how many requests may come at once */
  burst: number;
  /** how many more are allowed per second */
  perSecond: number;
  /** forget keys idle this long (ms) */
  idleMs?: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = Date.now();

  constructor(readonly options: BucketOptions) {}

  /** Takes one token; false when the key has none left (answer 429). */
  take(key: string, now = Date.now()): boolean {
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.options.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** seconds until the key has a token again, for Retry-After */
  retryAfter(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.tokens >= 1) return 0;
    return Math.ceil((1 - bucket.tokens) / this.options.perSecond);
  }

  private sweep(now: number): void {
    const idle = this.options.idleMs ?? 10 * 60_000;
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > idle) this.buckets.delete(key);
  }
}

function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export interface RateLimits {
  perIp: RateLimiter;
  perUser: RateLimiter;
  /** sign-in and invitation attempts, per IP and per email: slows password guessing */
  signIn: RateLimiter;
}

/** Defaults: 600 burst / 200 per s per IP; 300 / 100 per user; 10 / 0.2 per s (12 a minute) sign-ins. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  return {
    perIp: new RateLimiter({ burst: envNumber(env, 'CYSWLLT_RATE_IP_BURST', 600), perSecond: envNumber(env, 'CYSWLLT_RATE_IP_PER_SECOND', 200) }),
    perUser: new RateLimiter({ burst: envNumber(env, 'CYSWLLT_RATE_USER_BURST', 300), perSecond: envNumber(env, 'CYSWLLT_RATE_USER_PER_SECOND', 100) }),
    signIn: new RateLimiter({ burst: envNumber(env, 'CYSWLLT_RATE_SIGNIN_BURST', 10), perSecond: envNumber(env, 'CYSWLLT_RATE_SIGNIN_PER_SECOND', 0.2) }),
  };
}
