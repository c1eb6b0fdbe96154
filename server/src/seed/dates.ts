/** ISO date helpers on whole days (UTC), so generated dates never drift with the local time zone. */

import type { IsoDate } from '../domain/model.ts';
import type { Prng } from './prng.ts';

const DAY_MS = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** a uniformly random date in [from, to], both inclusive (just `from` when the range is empty) */
export function randomDate(prng: Prng, from: IsoDate, to: IsoDate): IsoDate {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  return fromDayNumber(end <= start ? start : prng.int(start, end));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && fromDayNumber(toDayNumber(value)) === value;
}
