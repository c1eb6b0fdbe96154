/**
 * `cyswllt analyse --organisations orgs.csv --ties ties.csv [--by sector] [--json] [--seed N]
 *  [--top N]`: network metrics for evaluators (docs/metrics.md), from CSV files, no database.
 * Exit codes: 0 done, 1 problems in the files (each printed as file:row: reason), 2 bad usage.
 */
import { analyseNetwork, DEFAULT_SEED, type NetworkAnalysis } from '../analytics/index.ts';
import type { Network } from '../analytics/graph.ts';
import { formatProblem, readNetworkCsv } from './csv-network.ts';

export const ANALYSE_USAGE = `usage: cyswllt analyse --organisations orgs.csv --ties ties.csv [--by sector] [--json] [--seed N] [--top N]

  --organisations FILE  CSV with columns id,name,sector,area (more columns become attributes;
                        'themes' holds ';'-separated values)
  --ties FILE           CSV with columns source,target (optional type,weight,since,until);
                        undirected; a repeated pair is one tie (warned)
  --by ATTRIBUTE        grouping for E-I index, cross-group ratio, assortativity, mixing matrix
                        and brokerage (default sector)
  --json                print one JSON object instead of tables
  --seed N              Louvain seed (default ${DEFAULT_SEED})
  --top N               organisations listed in the table (default 15)`;

interface Args {
  organisations?: string;
  ties?: string;
  by: string;
  json: boolean;
  seed: number;
  top: number;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { by: 'sector', json: false, seed: DEFAULT_SEED, top: 15 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '--json':
        args.json = true;
        break;
      case '--organisations':
      case '--ties':
      case '--by': {
        const v = value();
        if (v === undefined || v === '') return `${name} needs a value`;
        if (name === '--organisations') args.organisations = v;
        else if (name === '--ties') args.ties = v;
        else args.by = v;
        break;
      }
      case '--seed':
      case '--top': {
        const v = value();
        const num = Number(v);
        if (v === undefined || !Number.isInteger(num) || num < 0) return `${name} needs a whole number`;
        if (name === '--seed') args.seed = num;
        else args.top = num;
        break;
      }
      case '--help':
      case '-h':
        return '';
      default:
        return `unknown argument '${arg}'`;
    }
  }
  if (!args.organisations) return '--organisations is required';
  if (!args.ties) return '--ties is required';
  return args;
}

function fmt(x: number | null, digits = 4): string {
  return x === null ? '-' : Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

function table(rows: string[][], rightAlign: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) => r.map((cell, c) => (rightAlign[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

/** The human-readable report: whole-network figures, then the top organisations by betweenness. */
export function formatAnalysis(result: NetworkAnalysis, network: Network, top: number): string {
  const names = new Map(network.nodes.map((n) => [n.id, n.attributes]));
  const by = result.by;
  const whole: [string, string][] = [
    ['organisations', fmt(result.organisations)],
    ['ties', fmt(result.ties)],
    ['density', fmt(result.density)],
    ['components', fmt(result.components)],
    ['average clustering', fmt(result.averageClustering)],
    [`E-I index (by ${by})`, fmt(result.eiIndex)],
    [`cross-${by} tie ratio`, fmt(result.crossSectorTieRatio)],
    [`assortativity (by ${by})`, fmt(result.assortativity)],
    ['communities (Louvain)', `${result.communities.length} (seed ${result.seed})`],
    ['modularity', fmt(result.modularity)],
    ['articulation points', String(result.articulationPoints.length)],
    ['bridges', String(result.bridges.length)],
  ];
  const lines = ['Whole network', table(whole.map(([k, v]) => [k, v]), [false, true]), ''];
  if (!result.betweennessMode.exact) {
    lines.push(`note: betweenness estimated from ${result.betweennessMode.sources} sampled sources`, '');
  }
  if (!result.eigenvectorConverged) lines.push('note: eigenvector centrality did not converge (shown as -)', '');
  const ids = Object.keys(result.nodes)
    .sort((a, b) => result.nodes[b]!.betweenness - result.nodes[a]!.betweenness || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top);
  const head = ['id', 'name', by, 'degree', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'eff.size', 'brokerage', 'community'];
  const rows = ids.map((id) => {
    const m = result.nodes[id]!;
    const attrs = names.get(id) ?? {};
    const groupValue = attrs[by];
    const b = m.brokerage;
    return [
      id,
      String(attrs['name'] ?? ''),
      Array.isArray(groupValue) ? groupValue.join(';') : String(groupValue ?? ''),
      fmt(m.degree),
      fmt(m.betweenness),
      fmt(m.closeness),
      fmt(m.eigenvector),
      fmt(m.constraint),
      fmt(m.effectiveSize, 2),
      String(b.coordinator + b.itinerant + b.representative + b.gatekeeper + b.liaison),
      String(m.community),
    ];
  });
  lines.push(
    `Top ${ids.length} organisations by betweenness`,
    table([head, ...rows], [false, false, false, true, true, true, true, true, true, true, true]),
  );
  return lines.join('\n');
}

export async function runAnalyse(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args !== '') process.stderr.write(`analyse: ${args}\n`);
    process.stderr.write(`${ANALYSE_USAGE}\n`);
    return args === '' ? 0 : 2;
  }
  const read = readNetworkCsv(args.organisations!, args.ties!);
  for (const w of read.warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
  if (!read.network) {
    for (const e of read.errors) process.stderr.write(`${formatProblem(e)}\n`);
    process.stderr.write(`analyse: ${read.errors.length} problem(s) in the input files\n`);
    return 1;
  }
  if (!read.attributes.includes(args.by)) {
    process.stderr.write(`analyse: --by '${args.by}' is not a column of ${args.organisations} (columns: ${read.attributes.join(', ')})\n`);
    return 2;
  }
  const result = analyseNetwork(read.network, { by: args.by, seed: args.seed });
  const out = args.json ? JSON.stringify(result) : formatAnalysis(result, read.network, args.top);
  await new Promise<void>((resolve, reject) => process.stdout.write(`${out}\n`, (err) => (err ? reject(err) : resolve())));
  return 0;
}
