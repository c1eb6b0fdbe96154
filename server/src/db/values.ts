/** Conversions between neo4j-driver values and plain JS: Integers become numbers, temporals ISO strings. */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // strings, numbers and booleans are most values: skip the driver's type probes for them
  if (typeof value !== 'object') return value as boolean | number | string;
  if (neo4j.isInt(value)) {
    const int = value as { toNumber(): number; inSafeRange(): boolean; toString(): string };
    if (!int.inSafeRange()) throw new RangeError(`Integer ${int.toString()} is outside the safe range`);
    return int.toNumber();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Nodes and relationships: their properties are what callers want.
    if ('properties' in v && ('labels' in v || 'type' in v)) return toPlain(v.properties);
    const out: Record<string, Plain> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value as boolean | number | string;
}

/** Whole numbers for LIMIT/SKIP must travel as Neo4j Integers, or Cypher sees 10.0. */
export function int(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(n));
}
