import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { DEMO_PLANTED_GAPS, generateDemoNetwork } from '../../server/src/seed/generate-demo.ts';
import { seedDatabase } from '../../server/src/services/seeding.ts';
import { graphCounts } from '../../server/src/services/stats.ts';
import { resetGraph, testDatabase } from '../support/database.ts';

let db: Database;

async function count(query: string): Promise<number> {
  const session = db.driver.session();
  try {
    const record = (await session.run(query)).records[0];
    return record ? (record.get(0) as { toNumber(): number }).toNumber() : 0;
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
}, 120_000);
afterAll(async () => db.close());

describe('the demo network, counted in Cypher', () => {
  it('has the public bodies of Wales by name', async () => {
    expect(await count("MATCH (a:Area {level: 'local_authority'}) RETURN count(a)")).toBe(22);
    expect(await count("MATCH (o:Organisation {kind: 'local_authority'}) RETURN count(o)")).toBe(22);
    expect(await count("MATCH (o:Organisation {kind: 'cvc'}) RETURN count(o)")).toBe(19);
    expect(await count("MATCH (o:Organisation {kind: 'health_board'}) RETURN count(o)")).toBe(7);
    expect(await count("MATCH (o:Organisation {kind: 'police'}) RETURN count(o)")).toBe(4);
    expect(await count("MATCH (o:Organisation {kind: 'fire_and_rescue'}) RETURN count(o)")).toBe(3);
    expect(await count("MATCH (o:Organisation) WHERE o.name IN ['National Library of Wales', 'Storiel', 'Cadw', 'Swansea Music Hub'] RETURN count(o)")).toBe(4);
    // GAVO covers four Gwent authorities.
    expect(await count("MATCH (:Organisation {id: 'org-gavo'})-[:IN_AREA]->(a:Area) RETURN count(a)")).toBe(4);
  });

  it('has at least 600 organisations across at least 12 sectors, and 2,000 ties', async () => {
    expect(await count('MATCH (o:Organisation) RETURN count(o)')).toBeGreaterThanOrEqual(600);
    expect(await count('MATCH (:Organisation)-[:IN_SECTOR]->(s:Sector) RETURN count(DISTINCT s)')).toBeGreaterThanOrEqual(12);
    expect(await count('MATCH ()-[t:TIE]->() RETURN count(t)')).toBeGreaterThanOrEqual(2000);
    expect(await count('MATCH (o:Organisation) WHERE NOT (o)-[:IN_SECTOR]->() RETURN count(o)')).toBe(0);
  });

  it('has a PSB per local authority with 4 to 8 sub-groups each', async () => {
    expect(await count("MATCH (p:Body {type: 'psb'})-[:COVERS]->(:Area {level: 'local_authority'}) RETURN count(DISTINCT p)")).toBe(22);
    const outside = await count(`
      MATCH (p:Body {type: 'psb'}) WHERE p.status = 'active'
      WITH p, COUNT { (s:Body {type: 'sub_group'})-[:PART_OF]->(p) WHERE s.status = 'active' } AS subGroups
      WHERE subGroups < 4 OR subGroups > 8 RETURN count(p)`);
    expect(outside).toBe(0);
    expect(await count("MATCH (:Body {type: 'psb'})-[:SUCCESSOR_OF]->(:Body {type: 'lsb'}) RETURN count(*)")).toBeGreaterThanOrEqual(3);
  });

  it('has the 8 Fusion partnerships with lead bodies and coordinators', async () => {
    expect(await count(`
      MATCH (f:Body {type: 'partnership'})-[:OWNED_BY]->(:Organisation)
      WHERE f.name CONTAINS 'Fusion' AND EXISTS { (f)-[:COORDINATED_BY]->(:Person) }
      RETURN count(DISTINCT f)`)).toBe(8);
  });

  it('has seats, vacancies, one person holding many seats, collaborations on F1-F8 and introductions', async () => {
    expect(await count('MATCH (s:Seat) RETURN count(s)')).toBeGreaterThan(500);
    expect(await count('MATCH (s:Seat) WHERE NOT EXISTS { MATCH (:Person)-[h:HOLDS]->(s) WHERE h.until IS NULL } RETURN count(s)')).toBeGreaterThan(10);
    expect(await count(`MATCH (:Person {id: '${DEMO_PLANTED_GAPS.personWithManySeats}'})-[h:HOLDS]->(:Seat) WHERE h.until IS NULL RETURN count(h)`))
      .toBeGreaterThanOrEqual(DEMO_PLANTED_GAPS.personWithManySeatsMinimum);
    expect(await count("MATCH (:Collaboration)-[:ADDRESSES]->(t:Theme {kind: 'fusion_indicator'}) RETURN count(DISTINCT t)")).toBe(8);
    expect(await count('MATCH (i:Introduction) RETURN count(i)')).toBeGreaterThanOrEqual(5);
  });

  it('loading the same demo again changes nothing', async () => {
    const before = await graphCounts(db);
    await seedDatabase(db, generateDemoNetwork(), { reset: false, actor: 'test' });
    expect(await graphCounts(db)).toEqual(before);
  });
});
