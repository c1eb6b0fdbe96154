import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderQueryNames } from '../../cypher/generate-names.ts';
import { REPO_ROOT } from '../../server/src/db/config.ts';
import { printSchemaSdl } from '../../server/src/schema/index.ts';

describe('generated artifacts are committed up to date', () => {
  it('schema.graphql equals the schema printed from the code (run `pnpm schema:print`)', () => {
    expect(readFileSync(join(REPO_ROOT, 'schema.graphql'), 'utf8')).toBe(printSchemaSdl() + '\n');
  });

  it('cypher/names.ts lists every .cypher query file (run `pnpm cypher:names`)', () => {
    expect(readFileSync(join(REPO_ROOT, 'cypher', 'names.ts'), 'utf8')).toBe(renderQueryNames());
  });
});
