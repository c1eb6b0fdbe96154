/**
 * `cyswllt suggest --organisation KEY [--limit N] [--as-of D] [--json]` or, for a need,
 * `cyswllt suggest --theme T --area A [--sector S]`: brokering suggestions from the running database;
 * or from files with `--organisations orgs.csv --ties ties.csv [--bodies bodies.csv]
 * [--introductions introductions.csv]` (columns in docs/cli.md). Exit codes: 0, 1 file problems, 2 usage.
 */
import { parseArgs } from 'node:util';
import { BrokerGraph } from '../brokering/graph.ts';
import { suggestForNeed, suggestPartners } from '../brokering/rank.ts';
import type { BrokerInput, IntroducerPath, Need, Suggestion } from '../brokering/types.ts';
import { isIsoDate, todayIso } from '../domain/dates.ts';
import { formatProblem } from './csv-network.ts';
import { gapInputFromCsv, readGapFiles, writeOut } from './gaps.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const SUGGEST_USAGE = `usage: cyswllt suggest --organisation KEY [--limit N] [--as-of YYYY-MM-DD] [--json]
       cyswllt suggest --theme THEME --area AREA [--sector SECTOR] [--organisation KEY] ...
       add --organisations orgs.csv --ties ties.csv [--bodies bodies.csv] [--introductions intros.csv] to read files

  --organisation KEY  the organisation to find partners for
  --theme, --area, --sector   a need: rank organisations that fit it (and are reachable)
  --limit N           how many suggestions (default 10)`;

/** "A > (joint_delivery, trust 4) > B > (same body) > C": each step, and what joins it to the next. */
function pathWords(path: IntroducerPath): string {
  return path.steps
    .map((step, i) => {
      const link = path.links[i - 1];
      if (!link) return step.name;
      const joint = link.via === 'body' ? 'same body' : [link.kind ?? 'tie', link.trust == null ? null : `trust ${link.trust}`].filter(Boolean).join(', ');
      return `(${joint}) > ${step.name}`;
    })
    .join(' > ');
}

export function formatSuggestions(list: Suggestion[]): string {
  return list
    .map((s, i) => {
      const path = s.introducerPath ? pathWords(s.introducerPath) : 'no introducer found';
      const signals = s.signals.filter((x) => x.value > 0).map((x) => `${x.name} ${x.value.toFixed(2)}`).join(', ');
      return `${i + 1}. ${s.name} (${s.organisationId})  score ${s.score.toFixed(3)}\n   ${s.explanation.en}\n   ${s.explanation.cy}\n   via: ${path}\n   signals: ${signals}`;
    })
    .join('\n');
}

export async function runSuggest(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        organisation: { type: 'string' }, theme: { type: 'string' }, area: { type: 'string' }, sector: { type: 'string' },
        limit: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean', default: false },
        organisations: { type: 'string' }, ties: { type: 'string' }, bodies: { type: 'string' }, introductions: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`suggest: ${(err as Error).message}\n${SUGGEST_USAGE}\n`);
    return 2;
  }
  if (values.help) return (process.stderr.write(`${SUGGEST_USAGE}\n`), 0);
  const asOf = values['as-of'] ?? todayIso();
  if (!isIsoDate(asOf)) return (process.stderr.write('suggest: --as-of must be YYYY-MM-DD\n'), 2);
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) return (process.stderr.write('suggest: --limit needs a positive whole number\n'), 2);
  const need: Need | null = values.theme || values.sector || (values.area && !values.organisation)
    ? { themeId: values.theme ?? null, areaId: values.area ?? null, sectorId: values.sector ?? null }
    : null;
  if (!values.organisation && !need?.areaId) return (process.stderr.write(`suggest: give --organisation, or a need with --area\n${SUGGEST_USAGE}\n`), 2);

  let result: Suggestion[];
  if (values.organisations || values.ties) {
    if (!values.organisations || !values.ties) return (process.stderr.write('suggest: --organisations and --ties go together\n'), 2);
    const read = readGapFiles({ organisations: values.organisations, ties: values.ties, bodies: values.bodies }, asOf);
    const declined: BrokerInput['declined'] = [];
    if (values.introductions) {
      try {
        const rows = parse(readFileSync(values.introductions, 'utf8'), { bom: true, trim: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
        for (const r of rows) if (r['status'] === 'declined' && r['organisation_a'] && r['organisation_b']) declined.push({ id: r['id'] ?? null, organisationIds: [r['organisation_a'], r['organisation_b']], since: r['status_since'] || asOf });
      } catch (err) {
        read.errors.push({ file: values.introductions, row: null, reason: (err as Error).message });
      }
    }
    for (const w of read.warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
    if (!read.network || read.errors.length) {
      for (const e of read.errors) process.stderr.write(`${formatProblem(e)}\n`);
      process.stderr.write(`suggest: ${read.errors.length} problem(s) in the input files\n`);
      return 1;
    }
    const gi = gapInputFromCsv(read.network, read.bodies, [], asOf, null);
    const input: BrokerInput = {
      asOf,
      organisations: gi.organisations,
      ties: gi.ties,
      bodies: gi.bodies.map((b) => ({ id: b.id, name: b.name, organisationIds: b.memberIds })),
      declined,
      sectors: gi.sectors,
      themes: gi.themes,
      areas: gi.localAuthorities,
    };
    const g = new BrokerGraph(input);
    if (values.organisation && !g.org.has(values.organisation)) {
      process.stderr.write(`suggest: no organisation '${values.organisation}' in ${values.organisations}\n`);
      return 1;
    }
    result = values.organisation ? suggestPartners(g, values.organisation, { limit, need }) : suggestForNeed(g, need!, { limit });
  } else {
    const { connect } = await import('../db/connect.ts');
    const { suggestions } = await import('../services/suggestions.ts');
    const { db } = await connect(process.env, (line) => process.stderr.write(`${line}\n`));
    try {
      result = await suggestions(db, { organisationKey: values.organisation ?? null, need, limit, asOf });
    } finally {
      await db.close();
    }
  }
  await writeOut(values.json ? JSON.stringify(result, null, 2) : formatSuggestions(result));
  return 0;
}
