/** `pnpm schema:print`: writes schema.graphql at the repo root from the code (a test keeps them equal). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/config.ts';
import { printSchemaSdl } from './index.ts';

writeFileSync(join(REPO_ROOT, 'schema.graphql'), printSchemaSdl() + '\n');
console.log('Wrote schema.graphql');
