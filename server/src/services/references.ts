/** Checks that every key an input refers to exists, so a write never links to nothing. */
import type { Database, WriteTx } from '../db/database.ts';
import { ValidationError } from '../domain/errors.ts';

export type Label = 'Organisation' | 'Sector' | 'Area' | 'Theme' | 'Person' | 'Body' | 'Seat' | 'Collaboration' | 'Introduction';

export interface Reference {
  label: Label;
  key: string;
  path: (string | number)[];
}

export async function assertReferencesExist(runner: WriteTx | Database, refs: Reference[]): Promise<void> {
  if (refs.length === 0) return;
  const params = { refs: refs.map((r) => ({ ...r, path: r.path.map(String) })) };
  const rows =
    'run' in runner
      ? await runner.run<{ label: string; key: string; path: string[] }>('reference/missing-keys', params)
      : await runner.read<{ label: string; key: string; path: string[] }>('reference/missing-keys', params);
  if (rows.length) {
    throw new ValidationError(
      rows.map((r) => ({
        path: r.path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: `no ${r.label.toLowerCase()} with key "${r.key}"`,
      })),
    );
  }
}

