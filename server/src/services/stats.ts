import type { Database } from '../db/database.ts';

export interface GraphCounts {
  organisations: number;
  sectors: number;
  areas: number;
  people: number;
  bodies: number;
  seats: number;
  collaborations: number;
  introductions: number;
  ties: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts>('stats/counts');
  if (!row) throw new Error('The counts query returned no row');
  return row;
}
