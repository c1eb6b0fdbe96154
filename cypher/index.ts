/**
 * Every Cypher statement of Cyswllt lives in a `.cypher` file under this folder, one statement per
 * file, named for what it does (`queries/organisation/search.cypher` is `organisation/search`).
 * Files are read once, on first use; `QueryName` (generated into names.ts by
 * `pnpm cypher:names`, checked by a test) makes a typo a compile error.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryName } from './names.ts';

export type { QueryName } from './names.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const QUERIES_DIR = join(here, 'queries');
export const SCHEMA_DIR = join(here, 'schema');

let cache: Map<string, string> | undefined;

/** All `.cypher` files below `dir`, keyed by their path without extension, with `/` separators. */
export function listCypherFiles(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current).sort()) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.cypher')) {
        const key = relative(dir, full).slice(0, -'.cypher'.length).split(sep).join('/');
        found.set(key, readFileSync(full, 'utf8').trim());
      }
    }
  };
  walk(dir);
  return found;
}

/** The text of one named query. */
export function cypher(name: QueryName): string {
  cache ??= listCypherFiles(QUERIES_DIR);
  const text = cache.get(name);
  if (text === undefined) throw new Error(`No Cypher file for query "${name}" under ${QUERIES_DIR}`);
  return text;
}

/** A schema migration: numbered file, applied once, in order. */
export interface SchemaMigration {
  version: number;
  name: string;
  statements: string[];
}

/** Schema files `NNN-name.cypher`, each holding one or more statements separated by `;`. */
export function schemaMigrations(): SchemaMigration[] {
  return [...listCypherFiles(SCHEMA_DIR)].map(([key, text]) => {
    const match = /^(\d+)-(.+)$/.exec(key);
    if (!match) throw new Error(`Schema file ${key}.cypher must be named NNN-description.cypher`);
    const statements = text
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter((s) => s.length > 0);
    return { version: Number(match[1]), name: match[2]!, statements };
  });
}
