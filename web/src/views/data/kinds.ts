/**
 * Who may import, which files the page accepts, and what a file's name says it holds.
 */
import type { ImportKind } from '../../api/data.ts';

/** Only admins may import (importFiles has no entry in server/src/auth/policy.ts: deny by default). */
export const IMPORT_ROLES: readonly string[] = ['admin'];

export const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The words that name a kind in a file name (server/src/imports/columns.ts KIND_WORDS). */
const KIND_WORDS: Record<string, ImportKind> = {
  organisations: 'organisations', organisation: 'organisations', organizations: 'organisations', orgs: 'organisations', nodes: 'organisations',
  people: 'people', persons: 'people', person: 'people', contacts: 'people',
  bodies: 'bodies', body: 'bodies', fora: 'bodies', forums: 'bodies',
  seats: 'seats', seat: 'seats',
  collaborations: 'collaborations', collaboration: 'collaborations', projects: 'collaborations',
  ties: 'ties', tie: 'ties', edges: 'ties', links: 'ties',
};

/** The kind the server will read from a CSV file's name (the last word naming a kind), or null. */
export function kindFromName(name: string): ImportKind | null {
  const stem = name.replace(/\.(csv|xlsx|txt)$/i, '').toLowerCase();
  if (KIND_WORDS[stem]) return KIND_WORDS[stem]!;
  for (const w of stem.split(/[^a-z]+/).filter(Boolean).reverse()) if (KIND_WORDS[w]) return KIND_WORDS[w]!;
  return null;
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** 1.5 MB: file sizes as people read them (decimal units, one decimal). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
