/** `pnpm bench <name>`: runs one benchmark (or all of them); each prints its figures and ratios. */
const BENCHMARKS: Record<string, { summary: string; run: () => Promise<void> }> = {
  import: {
    summary: '250k ties from CSV with the importer against Neo4j LOAD CSV (rows/s)',
    run: async () => (await import('./import.ts')).benchImport(),
  },
  analytics: {
    summary: 'full `analyse` at 1k, 5k, 20k organisations against networkx',
    run: async () => (await import('./analytics.ts')).benchAnalytics(),
  },
  api: {
    summary: 'GraphQL p95 latency against direct service calls on 50k organisations; server memory',
    run: async () => (await import('./api.ts')).benchApi(),
  },
  web: {
    summary: 'explorer first render and layout at 1k and 5k organisations in headless Chromium',
    run: async () => (await import('./web.ts')).benchWeb(),
  },
  suggestions: {
    summary: 'precision@10 / recall@10 of brokering suggestions on hidden demo ties, against common neighbours and Adamic-Adar',
    run: async () => (await import('./suggestions.ts')).benchSuggestions(),
  },
};

async function main(names: string[]): Promise<void> {
  const chosen = names.length ? names : Object.keys(BENCHMARKS);
  for (const name of chosen) {
    const bench = BENCHMARKS[name];
    if (!bench) {
      console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHMARKS).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    console.log(`\n== ${name}: ${bench.summary}`);
    await bench.run();
  }
}

await main(process.argv.slice(2));
