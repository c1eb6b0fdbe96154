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
  users: {
    summary: 'users list|create|invite|set-password|disable|enable|token|demo   accounts (see docs/security.md)',
    load: async () => (await import('./users.ts')).runUsers,
  },
  backup: {
    summary: 'backup --out file.json   a consistent snapshot of the whole graph (see docs/reliability.md)',
    load: async () => (await import('./backup.ts')).runBackup,
  },
  restore: {
    summary: 'restore file.json [--force]   into an empty database, verified against the backup',
    load: async () => (await import('./restore.ts')).runRestore,
  },
  analyse: {
    summary: 'analyse --organisations orgs.csv --ties ties.csv [--by sector] [--json]   network metrics from files',
    load: async () => (await import('./analyse.ts')).runAnalyse,
  },
  report: {
    summary: 'report (--area KEY | --body KEY) --from DATE --to DATE --out report.html [--pdf report.pdf] [--language cy]   evaluator report',
    load: async () => (await import('./report.ts')).runReport,
  },
  survey: {
    summary: 'survey open|status|remind|close|compare ...   partner survey waves (see docs/survey-and-reports.md)',
    load: async () => (await import('./survey.ts')).runSurvey,
  },
  import: {
    summary: 'import <files...> [--kind K] [--dry-run]   organisations, people, bodies, seats, collaborations, ties from CSV/XLSX',
    load: async () => (await import('./import.ts')).runImport,
  },
  export: {
    summary: 'export --format gexf|graphml|csv|json [--area A] [--sector S] [--as-of D] [--anonymise] --out FILE   a filtered network',
    load: async () => (await import('./export.ts')).runExport,
  },
  gaps: {
    summary: 'gaps --area AREA [--as-of D] [--json]   representation, composition and structural gaps (or from CSV files)',
    load: async () => (await import('./gaps.ts')).runGaps,
  },
  suggest: {
    summary: 'suggest --organisation KEY [--limit N] [--json]   brokering suggestions (or for a need; or from CSV files)',
    load: async () => (await import('./suggest.ts')).runSuggest,
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
