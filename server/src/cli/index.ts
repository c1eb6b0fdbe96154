/**
 * `cyswllt` (run as `pnpm cyswllt <command>`): thin wrappers over services and analytics.
 * Each command lives in its own module and is loaded only when asked for.
 */
type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  db: { summary: 'db start|stop|status   run the local Neo4j', load: async () => (await import('./db.ts')).runDb },
  seed: {
    summary: 'seed [--reset] [--organisations N] [--seed N]   load the demo (or a generated scale) network',
    load: async () => (await import('./seed.ts')).runSeed,
  },
  analyse: {
    summary: 'analyse --organisations orgs.csv --ties ties.csv [--by sector] [--json]   network metrics from files',
    load: async () => (await import('./analyse.ts')).runAnalyse,
  },
};

function usage(): string {
  return ['Usage: pnpm cyswllt <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
