/**
 * What an export holds: a filtered network as of a date (services/network.ts loadSubnetwork via
 * networkMetrics, so the metric attributes are the evaluators' documented ones), the organisation
 * fields the importer reads, and the people working for those organisations with the seats they
 * hold. `anonymise` replaces each person by a numbered pseudonym with their role, drops names and
 * e-mails, and drops organisations' free-form import attributes (they may hold contact names).
 */
import type { Database } from '../db/database.ts';
import { asOfDate, todayIso } from '../domain/dates.ts';
import { ValidationError } from '../domain/errors.ts';
import { networkMetrics } from '../services/metrics.ts';
import type { NetworkEdge, NetworkFilter } from '../services/network.ts';
import { allAreas, allSectors } from '../services/reference-data.ts';

export interface ExportMetrics {
  degree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  /** null for an isolate */
  constraint: number | null;
  community: number;
}

export interface ExportSeat {
  seatId: string;
  seatType: string;
  bodyId: string;
  bodyName: string;
}

export interface ExportPerson {
  id: string;
  /** absent when anonymised */
  name?: string | null;
  email?: string | null;
  role: string;
  organisationId: string;
  since: string | null;
  until: string | null;
  seats: ExportSeat[];
}

export interface ExportNode {
  id: string;
  name: string;
  nameCy: string | null;
  kind: string;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
  size: string | null;
  charityNumber: string | null;
  website: string | null;
  since: string | null;
  until: string | null;
  /** extra columns from an import (left out when anonymised) */
  attributes: Record<string, string>;
  metrics: ExportMetrics;
}

export interface ExportData {
  asOf: string;
  filter: NetworkFilter;
  anonymised: boolean;
  generatedAt: string;
  nodes: ExportNode[];
  edges: NetworkEdge[];
  people: ExportPerson[];
}

export interface ExportOptions {
  filter?: NetworkFilter;
  asOf?: string | null;
  anonymise?: boolean;
  /** the API's personal-data guard: a person the caller may not see is exported as anonymised */
  canSeePerson?: (personId: string) => Promise<boolean>;
}

interface DetailRow {
  id: string;
  size: string | null;
  charityNumber: string | null;
  website: string | null;
  since: string | null;
  until: string | null;
  attributesJson: string | null;
}

const BATCH = 10_000;

export async function collectExport(db: Database, options: ExportOptions = {}): Promise<ExportData> {
  const asOf = options.asOf ?? todayIso();
  const anonymise = options.anonymise ?? false;
  const filter = { ...(options.filter ?? {}), asOf };
  const { subnetwork, analysis } = await networkMetrics(db, filter, 'sector');
  const ids = subnetwork.nodes.map((n) => n.id);
  const details = new Map<string, DetailRow>();
  const people: ExportPerson[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const slice = ids.slice(i, i + BATCH);
    for (const d of await db.read<DetailRow>('export/organisations', { ids: slice })) details.set(d.id, d);
    people.push(...(await db.read<ExportPerson & { name: string; email: string | null }>('export/people', { ids: slice, asOf: asOfDate(asOf) })));
  }
  const nodes: ExportNode[] = subnetwork.nodes.map((n) => {
    const d = details.get(n.id);
    const m = analysis.nodes[n.id];
    return {
      id: n.id,
      name: n.name,
      nameCy: n.nameCy,
      kind: n.kind,
      sectorId: n.sectorId,
      areaIds: [...n.areaIds].sort(),
      themeIds: [...n.themeIds].sort(),
      size: d?.size ?? null,
      charityNumber: d?.charityNumber ?? null,
      website: d?.website ?? null,
      since: d?.since ?? null,
      until: d?.until ?? null,
      attributes: !anonymise && d?.attributesJson ? (JSON.parse(d.attributesJson) as Record<string, string>) : {},
      metrics: {
        degree: m?.degree ?? 0,
        betweenness: m?.betweenness ?? 0,
        closeness: m?.closeness ?? 0,
        eigenvector: m?.eigenvector ?? null,
        constraint: m?.constraint ?? null,
        community: m?.community ?? 0,
      },
    };
  });
  return {
    asOf,
    filter: options.filter ?? {},
    anonymised: anonymise,
    generatedAt: new Date().toISOString(),
    nodes,
    edges: subnetwork.edges,
    people: anonymise ? anonymisePeople(people) : await guardPeople(people, options.canSeePerson),
  };
}

async function guardPeople(people: ExportPerson[], canSee?: (id: string) => Promise<boolean>): Promise<ExportPerson[]> {
  if (!canSee) return people;
  const visible = await Promise.all(people.map((p) => canSee(p.id)));
  const hidden = anonymisePeople(people.filter((_, i) => !visible[i]));
  let h = 0;
  return people.map((p, i) => (visible[i] ? p : { ...hidden[h++]!, id: `person-hidden-${h}` }));
}

/** People replaced by their roles: numbered pseudonyms, no names, no e-mails. */
export function anonymisePeople(people: ExportPerson[]): ExportPerson[] {
  const pseudonym = new Map<string, string>();
  return people.map((p) => {
    let id = pseudonym.get(p.id);
    if (!id) {
      id = `person-${pseudonym.size + 1}`;
      pseudonym.set(p.id, id);
    }
    return { id, role: p.role, organisationId: p.organisationId, since: p.since, until: p.until, seats: p.seats };
  });
}

/** An area or sector named by key or by English or Welsh name (case-insensitive). */
async function resolveKey(items: { id: string; name: string; nameCy: string }[], value: string, what: string, path: string): Promise<string> {
  const v = value.trim().toLowerCase();
  const hit = items.find((i) => i.id.toLowerCase() === v || i.name.toLowerCase() === v || i.nameCy.toLowerCase() === v);
  if (!hit) throw new ValidationError([{ path: [path], message: `unknown ${what} '${value}'` }]);
  return hit.id;
}

export async function resolveArea(db: Database, value: string): Promise<string> {
  return resolveKey(await allAreas(db), value, 'area', 'area');
}

export async function resolveSector(db: Database, value: string): Promise<string> {
  return resolveKey(await allSectors(db), value, 'sector', 'sector');
}
