/**
 * Backups: every node (but schema markers) and relationship with its properties, read in ONE read
 * transaction so the snapshot is consistent, written as JSON with typed values (Neo4j integers,
 * dates and datetimes survive). Users are included with their password hashes only (never a
 * password); sessions, tokens and invitations likewise as hashes.
 *
 * Restore: into an empty database (refused otherwise unless `force`), in batches of write
 * transactions (nodes by label set, then relationships by type, linked through a temporary
 * indexed marker), then verified: counts per label and per relationship type must equal the backup's.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { cypher } from '@cyswllt/cypher';
import type { Database } from '../db/database.ts';
import { currentSchemaVersion, latestSchemaVersion } from '../db/schema.ts';

export const BACKUP_FORMAT = 'cyswllt-backup/1';

interface TemporalParts { year: number; month: number; day: number; hour: number; minute: number; second: number; nanosecond: number; timeZoneOffsetSeconds?: number | null; timeZoneId?: string | null }
type Encoded = null | boolean | number | string | Encoded[] | { $int: string } | { $date: string } | { $datetime: string; parts: TemporalParts } | { $localdatetime: string; parts: TemporalParts } | { $float: string };

function parts(value: any, zoned: boolean): TemporalParts {
  const n = (x: unknown) => (neo4j.isInt(x) ? (x as Integer).toNumber() : Number(x));
  const out: TemporalParts = { year: n(value.year), month: n(value.month), day: n(value.day), hour: n(value.hour), minute: n(value.minute), second: n(value.second), nanosecond: n(value.nanosecond) };
  if (zoned) {
    out.timeZoneOffsetSeconds = value.timeZoneOffsetSeconds == null ? null : n(value.timeZoneOffsetSeconds);
    out.timeZoneId = value.timeZoneId ?? null;
  }
  return out;
}

export interface BackupNode {
  ref: string;
  labels: string[];
  props: Record<string, Encoded>;
}
export interface BackupRelationship {
  from: string;
  to: string;
  type: string;
  props: Record<string, Encoded>;
}
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  schemaVersion: number;
  counts: { labels: Record<string, number>; types: Record<string, number>; nodes: number; relationships: number };
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

function encode(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return { $int: (value as Integer).toString() };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (neo4j.isDateTime(value)) return { $datetime: value.toString(), parts: parts(value, true) };
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: value.toString(), parts: parts(value, false) };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  throw new Error(`Backup cannot encode a property of type ${Object.prototype.toString.call(value)}`);
}

/** Back to driver values, exactly (integers, dates, datetimes with their zone). */
function decode(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$float' in value) return Number(value.$float);
  if ('$date' in value) {
    const [y, m, d] = value.$date.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  if ('$datetime' in value) {
    const p = value.parts;
    return new neo4j.types.DateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, p.timeZoneOffsetSeconds ?? undefined, p.timeZoneId ?? undefined);
  }
  if ('$localdatetime' in value) {
    const p = value.parts;
    return new neo4j.types.LocalDateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond);
  }
  throw new Error('Unknown encoded value in backup');
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
}

export async function createBackup(db: Database): Promise<BackupFile> {
  const schemaVersion = await currentSchemaVersion(db);
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    // One read transaction: nodes and relationships come from the same snapshot.
    const { nodes, relationships } = await session.executeRead(async (tx) => {
      const nodeResult = await tx.run(cypher('backup/nodes'));
      const relResult = await tx.run(cypher('backup/relationships'));
      return {
        nodes: nodeResult.records.map((r) => ({
          ref: r.get('ref') as string,
          labels: (r.get('labels') as string[]).filter((l) => l !== 'RestoreInProgress').sort(),
          props: Object.fromEntries(Object.entries(r.get('props') as Record<string, unknown>).filter(([k]) => k !== '__restoreRef').map(([k, v]) => [k, encode(v)])),
        })),
        relationships: relResult.records.map((r) => ({
          from: r.get('from') as string,
          to: r.get('to') as string,
          type: r.get('type') as string,
          props: Object.fromEntries(Object.entries(r.get('props') as Record<string, unknown>).map(([k, v]) => [k, encode(v)])),
        })),
      };
    });
    return {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      schemaVersion,
      counts: { labels: tally(nodes.flatMap((n) => n.labels)), types: tally(relationships.map((r) => r.type)), nodes: nodes.length, relationships: relationships.length },
      nodes,
      relationships,
    };
  } finally {
    await session.close();
  }
}

export class RestoreRefusedError extends Error {}

export interface RestoreResult {
  nodes: number;
  relationships: number;
  verified: true;
}

const LABEL = /^[A-Za-z_][A-Za-z0-9_]*$/;

export async function restoreBackup(db: Database, backup: BackupFile, options: { force?: boolean; batchSize?: number; log?: (line: string) => void } = {}): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  if (backup.format !== BACKUP_FORMAT) throw new RestoreRefusedError(`Not a Cyswllt backup (format ${String(backup.format)})`);
  if (backup.schemaVersion > latestSchemaVersion()) {
    throw new RestoreRefusedError(`The backup has schema version ${backup.schemaVersion}; this Cyswllt understands up to ${latestSchemaVersion()}`);
  }
  const [state] = await db.read<{ nonEmpty: boolean }>('backup/non-empty');
  if (state?.nonEmpty && !options.force) throw new RestoreRefusedError('The database is not empty: restore only into an empty database (or pass --force to add to it)');
  const batch = options.batchSize ?? 2_000;

  // Nodes, grouped by their label set.
  const groups = new Map<string, BackupNode[]>();
  for (const node of backup.nodes) {
    for (const label of node.labels) if (!LABEL.test(label)) throw new RestoreRefusedError(`Bad label ${label}`);
    const key = node.labels.join(':');
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  let nodes = 0;
  for (const [key, members] of groups) {
    const labels = key.split(':');
    for (let i = 0; i < members.length; i += batch) {
      const rows = members.slice(i, i + batch).map((n) => ({ ref: n.ref, props: Object.fromEntries(Object.entries(n.props).map(([k, v]) => [k, decode(v)])) }));
      await db.write(async (tx) => {
        await tx.run('backup/restore-nodes', { labels, rows });
      });
      nodes += rows.length;
    }
  }
  log(`  ${nodes} nodes`);

  const byType = new Map<string, BackupRelationship[]>();
  for (const rel of backup.relationships) {
    if (!LABEL.test(rel.type)) throw new RestoreRefusedError(`Bad relationship type ${rel.type}`);
    byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  }
  let relationships = 0;
  for (const [type, members] of byType) {
    for (let i = 0; i < members.length; i += batch) {
      const rows = members.slice(i, i + batch).map((r) => ({ from: r.from, to: r.to, props: Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, decode(v)])) }));
      await db.write(async (tx) => {
        const [row] = await tx.run<{ created: number }>('backup/restore-relationships', { type, rows });
        if ((row?.created ?? 0) !== rows.length) throw new Error(`Restore: ${rows.length - (row?.created ?? 0)} ${type} relationships lost their ends`);
      });
      relationships += rows.length;
    }
  }
  log(`  ${relationships} relationships`);
  await db.runAutoCommit('backup/restore-finish');

  // Verify: the restored graph has exactly the backup's counts per label and per type.
  const [counts] = await db.read<{ labels: string[]; types: string[] }>('backup/counts');
  const labels = tally(counts?.labels ?? []);
  const types = tally(counts?.types ?? []);
  const expectLabels = JSON.stringify(backup.counts.labels);
  const expectTypes = JSON.stringify(backup.counts.types);
  if (!options.force && (JSON.stringify(labels) !== expectLabels || JSON.stringify(types) !== expectTypes)) {
    throw new Error(`Restore verification failed: expected ${expectLabels} / ${expectTypes}, found ${JSON.stringify(labels)} / ${JSON.stringify(types)}`);
  }
  return { nodes, relationships, verified: true };
}
