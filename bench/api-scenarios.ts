/** Scenarios of `pnpm bench api` beyond the core reads: gaps and suggestions. */
import type { Scenario } from './api.ts';

export const API_SCENARIOS_EXTRA: Scenario[] = [];
