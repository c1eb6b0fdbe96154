/** Dates: the model speaks ISO `YYYY-MM-DD`; Cypher compares Neo4j Date values. */
import neo4j from 'neo4j-driver';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The `asOf` a read answers for: the given ISO date, or today. */
export function asOfDate(iso?: string | null): InstanceType<typeof neo4j.types.Date> {
  const value = iso ?? todayIso();
  if (!isIsoDate(value)) throw new RangeError(`asOf must be a date as YYYY-MM-DD, got "${value}"`);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

/** A JS Date (as graphql-scalars parses a Date argument) as ISO `YYYY-MM-DD`; null stays null. */
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
