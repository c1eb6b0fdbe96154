/**
 * How far gap reports and brokering neighbourhoods may lag behind the latest write
 * (CYSWLLT_ANALYSIS_MAX_LAG_MS, default 20 s; 0 = always wait for figures of the latest data).
 * Recomputing them takes seconds on a large network, so under a stream of writes readers get the
 * previous figures (with the version and time they were computed at) while one refresh runs.
 */
export const DEFAULT_ANALYSIS_MAX_LAG_MS = 20_000;

export function analysisMaxLagMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CYSWLLT_ANALYSIS_MAX_LAG_MS;
  if (raw === undefined || raw === '') return DEFAULT_ANALYSIS_MAX_LAG_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`CYSWLLT_ANALYSIS_MAX_LAG_MS must be a number of milliseconds >= 0, not "${raw}"`);
  return ms;
}
