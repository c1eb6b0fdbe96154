/**
 * The documented columns of each import file kind (docs/import-export.md). A column's `aliases`
 * are other spellings accepted in a header (case does not matter); `list` columns hold several
 * values separated by ';'. Organisation columns that are not listed here are kept as attributes;
 * unknown columns of other kinds are ignored (and reported as a warning).
 */
import { DEFAULT_MULTI_VALUED, ORGANISATION_COLUMNS, TIE_COLUMNS } from '../cli/csv-network.ts';

export const IMPORT_KINDS = ['organisations', 'people', 'bodies', 'seats', 'collaborations', 'ties'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec {
  name: string;
  required?: boolean;
  aliases?: string[];
  list?: boolean;
  description: string;
}

const c = (name: string, description: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, description, ...extra });

export const COLUMN_SPECS: Record<ImportKind, ColumnSpec[]> = {
  organisations: [
    c('id', 'stable organisation id', { required: true }),
    c('name', 'English name', { required: true }),
    c('sector', 'sector key, or its English or Welsh name', { required: true }),
    c('area', "area key(s) or name(s), ';'-separated", { required: true, list: true, aliases: ['areas'] }),
    c('nameCy', 'Welsh name'),
    c('kind', 'organisation kind (cvc, tso, local_authority, museum...); default tso for a new organisation'),
    c('size', 'micro, small, medium or large'),
    c('charityNumber', 'registered charity number'),
    c('website', 'web address'),
    c('themes', "theme keys, codes (F7) or names, ';'-separated", { list: true, aliases: ['theme'] }),
    c('since', 'YYYY-MM-DD'),
    c('until', 'YYYY-MM-DD'),
  ],
  people: [
    c('id', 'stable person id', { required: true }),
    c('name', 'full name (personal data)', { required: true }),
    c('role', 'job title: what anonymised exports show', { required: true }),
    c('organisation', 'id of the organisation they work for', { required: true, aliases: ['organisationId'] }),
    c('email', 'e-mail address (personal data)'),
    c('since', 'YYYY-MM-DD (started working there)'),
    c('until', 'YYYY-MM-DD (left)'),
  ],
  bodies: [
    c('id', 'stable body id', { required: true }),
    c('name', 'English name', { required: true }),
    c('type', 'psb, lsb, sub_group, forum, partnership, programme or network', { required: true }),
    c('nameCy', 'Welsh name'),
    c('status', 'active (default), lapsed or replaced'),
    c('validFrom', 'YYYY-MM-DD', { aliases: ['since'] }),
    c('validTo', 'YYYY-MM-DD', { aliases: ['until'] }),
    c('parent', 'id of the body this is a sub-group of', { aliases: ['parentId'] }),
    c('predecessor', 'id of the body this one replaced', { aliases: ['predecessorId'] }),
    c('owner', 'id of the lead organisation', { aliases: ['ownerId'] }),
    c('areas', "area keys or names, ';'-separated", { list: true, aliases: ['area'] }),
    c('themes', "theme keys, codes or names, ';'-separated", { list: true, aliases: ['theme'] }),
    c('coordinators', "person ids, ';'-separated", { list: true }),
    c('expectedSectors', "sector keys or names, ';'-separated", { list: true }),
  ],
  seats: [
    c('id', 'stable seat id', { required: true }),
    c('body', 'id of the body the seat is on', { required: true, aliases: ['bodyId'] }),
    c('seatType', 'third_sector_representative, statutory_member, member, chair or observer', { required: true, aliases: ['type'] }),
    c('onBehalfOf', 'id of the organisation the seat is held for', { aliases: ['onBehalfOfId'] }),
    c('holder', 'id of a person holding the seat (one holding per row; others are kept)', { aliases: ['holderId', 'personId'] }),
    c('holderSince', 'YYYY-MM-DD'),
    c('holderUntil', 'YYYY-MM-DD'),
    c('since', 'YYYY-MM-DD'),
    c('until', 'YYYY-MM-DD'),
  ],
  collaborations: [
    c('id', 'stable collaboration id', { required: true }),
    c('name', 'name of the project', { required: true }),
    c('partners', "organisation ids, ';'-separated", { required: true, list: true, aliases: ['partnerIds'] }),
    c('description', 'free text'),
    c('themes', "theme keys, codes or names, ';'-separated", { list: true, aliases: ['theme'] }),
    c('areas', "area keys or names, ';'-separated", { list: true, aliases: ['area'] }),
    c('introduction', 'id of the introduction it followed', { aliases: ['introductionId'] }),
    c('since', 'YYYY-MM-DD'),
    c('until', 'YYYY-MM-DD'),
  ],
  ties: [
    c('source', 'id of one organisation', { required: true }),
    c('target', 'id of the other organisation', { required: true }),
    c('kind', 'information_sharing (default), joint_delivery, referral, funding or co_location', { aliases: ['type'] }),
    c('origin', 'how it was recorded: survey, coordinator, import (default) or minutes', { aliases: ['provenance'] }),
    c('trust', 'PARTNER rating 1-4'),
    c('value', 'PARTNER rating 1-4'),
    c('since', 'YYYY-MM-DD'),
    c('until', 'YYYY-MM-DD'),
    c('id', 'stable tie id; without one, an id is derived from (source, target, kind, since)'),
  ],
};

// The organisation and tie files are the shape `cyswllt analyse` reads: keep the two in step.
for (const col of ORGANISATION_COLUMNS) {
  if (!COLUMN_SPECS.organisations.some((s) => s.name === col && s.required)) throw new Error(`organisations spec lacks ${col}`);
}
for (const col of TIE_COLUMNS) {
  if (!COLUMN_SPECS.ties.some((s) => s.name === col && s.required)) throw new Error(`ties spec lacks ${col}`);
}
for (const col of DEFAULT_MULTI_VALUED) {
  if (!COLUMN_SPECS.organisations.some((s) => s.name === col && s.list)) throw new Error(`organisations spec: ${col} must be a list`);
}

/** Names (lower-case) that pick a kind from a file or sheet name: `swansea-orgs.csv`, `edges.csv`. */
const KIND_WORDS: Record<string, ImportKind> = {
  organisations: 'organisations', organisation: 'organisations', organizations: 'organisations', orgs: 'organisations', nodes: 'organisations',
  people: 'people', persons: 'people', person: 'people', contacts: 'people',
  bodies: 'bodies', body: 'bodies', fora: 'bodies', forums: 'bodies',
  seats: 'seats', seat: 'seats',
  collaborations: 'collaborations', collaboration: 'collaborations', projects: 'collaborations',
  ties: 'ties', tie: 'ties', edges: 'ties', links: 'ties',
};

/** The kind a file or sheet name names, or null: the last word that is a kind name wins. */
export function kindFromName(name: string): ImportKind | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.(csv|xlsx|txt)$/i, '').toLowerCase();
  if (KIND_WORDS[stem]) return KIND_WORDS[stem]!;
  const words = stem.split(/[^a-z]+/).filter(Boolean).reverse();
  for (const w of words) if (KIND_WORDS[w]) return KIND_WORDS[w]!;
  return null;
}

export function parseKind(value: string): ImportKind | null {
  return KIND_WORDS[value.trim().toLowerCase()] ?? null;
}

/** Maps a header to canonical column names; unknown headers keep their own name. */
export function canonicalColumn(kind: ImportKind, header: string): string | null {
  const lower = header.trim().toLowerCase();
  for (const spec of COLUMN_SPECS[kind]) {
    if (spec.name.toLowerCase() === lower || spec.aliases?.some((a) => a.toLowerCase() === lower)) return spec.name;
  }
  return null;
}
