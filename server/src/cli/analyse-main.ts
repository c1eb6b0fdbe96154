/** Run `analyse` directly: `pnpm exec tsx server/src/cli/analyse-main.ts --organisations ... --ties ...`. */
import { runAnalyse } from './analyse.ts';

process.exitCode = await runAnalyse(process.argv.slice(2));
