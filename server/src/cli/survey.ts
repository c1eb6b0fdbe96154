/**
 * `cyswllt survey <open|status|remind|close|compare>`: the coordinator's side of the partner survey
 * from a terminal. Links are printed once (only token hashes are stored); Cyswllt sends no email.
 *
 *   survey open --name NAME (--area KEY | --body KEY) --date YYYY-MM-DD --closes YYYY-MM-DD [--base-url URL]
 *   survey status --wave KEY
 *   survey remind --wave KEY [--base-url URL]
 *   survey close --wave KEY
 *   survey compare --a WAVE --b WAVE
 */
import { parseArgs } from 'node:util';
import { connect } from '../db/connect.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import {
  closeSurveyWave,
  compareSurveyWaves,
  openSurveyWave,
  remindNonRespondents,
  responseRate,
  surveyWavesByKeys,
  waveInvitations,
} from '../services/surveys.ts';

export const SURVEY_USAGE = `usage: cyswllt survey open --name NAME (--area KEY | --body KEY) --date YYYY-MM-DD --closes YYYY-MM-DD [--base-url URL]
       cyswllt survey status --wave KEY
       cyswllt survey remind --wave KEY [--base-url URL]
       cyswllt survey close --wave KEY
       cyswllt survey compare --a WAVE --b WAVE`;

const ACTOR = 'cli:survey';

export async function runSurvey(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' }, area: { type: 'string' }, body: { type: 'string' }, date: { type: 'string' },
        closes: { type: 'string' }, 'base-url': { type: 'string' }, wave: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${SURVEY_USAGE}`);
    return 2;
  }
  const needs = { open: ['name', 'date', 'closes'], status: ['wave'], remind: ['wave'], close: ['wave'], compare: ['a', 'b'] } as Record<string, string[]>;
  if (!sub || !needs[sub] || needs[sub]!.some((k) => !values[k])) {
    console.error(SURVEY_USAGE);
    return 2;
  }
  const { db } = await connect();
  try {
    switch (sub) {
      case 'open': {
        const opened = await openSurveyWave(db, { name: values.name!, areaId: values.area ?? null, bodyId: values.body ?? null, date: values.date!, closesOn: values.closes! }, ACTOR, values['base-url']);
        console.log(`Opened ${opened.wave.id}: ${opened.links.length} invitations. Send each organisation its own link (shown only now):`);
        for (const l of opened.links) console.log(`${l.organisationName}\t${l.link}`);
        return 0;
      }
      case 'status': {
        const [wave] = await surveyWavesByKeys(db, [values.wave!]);
        if (!wave) throw new NotFoundError('SurveyWave', values.wave!);
        const rate = responseRate(wave);
        console.log(`${wave.name} (${wave.id}), ${wave.status}, date ${wave.date}, closes ${wave.closesOn}`);
        console.log(`Responded ${wave.responded} of ${wave.invited}${rate === null ? '' : ` (${Math.round(rate * 100)}%)`}`);
        for (const i of await waveInvitations(db, wave.id)) {
          console.log(`  ${i.respondedAt ? 'responded' : 'waiting  '}  ${i.organisationName}${i.reminders ? `  (${i.reminders} reminder${i.reminders > 1 ? 's' : ''})` : ''}`);
        }
        return 0;
      }
      case 'remind': {
        const reminders = await remindNonRespondents(db, values.wave!, ACTOR, values['base-url']);
        console.log(`${reminders.length} reminders recorded. Earlier links for these organisations no longer work.\n`);
        for (const r of reminders) console.log(`--- ${r.organisationName}\n${r.text.en}\n\n${r.text.cy}\n`);
        return 0;
      }
      case 'close': {
        const wave = await closeSurveyWave(db, values.wave!, ACTOR);
        console.log(`Closed ${wave.id}: ${wave.responded} of ${wave.invited} responded.`);
        return 0;
      }
      default: {
        const result = await compareSurveyWaves(db, values.a!, values.b!);
        console.log(`${result.from.name} (${result.from.date}) -> ${result.to.name} (${result.to.date})`);
        console.log(`Ties appeared: ${result.comparison.appeared.length}, ended: ${result.comparison.ended.length}; organisations joined: ${result.comparison.joined.length}, left: ${result.comparison.left.length}`);
        for (const m of result.comparison.metrics) console.log(`  ${m.metric.padEnd(22)} ${m.from ?? 'n/a'} -> ${m.to ?? 'n/a'}`);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof ValidationError) {
      console.error(error.fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n'));
      return 2;
    }
    if (error instanceof NotFoundError || error instanceof ConflictError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
