/** Per-area counts for the evaluator dashboard. */
import { operation } from './client.ts';

export interface AreaSummary {
  area: { key: string; name: string; nameCy: string | null; level: string };
  organisations: number;
  ties: number;
  bodies: number;
  seats: number;
  vacancies: number;
}

export const AREA_SUMMARIES_QUERY = operation<{ areaSummaries: AreaSummary[] }, { asOf?: string | null; level?: string | null }>(
  'AreaSummaries',
  `query AreaSummaries($asOf: Date, $level: String) {
    areaSummaries(asOf: $asOf, level: $level) {
      area { key name nameCy level }
      organisations ties bodies seats vacancies
    }
  }`,
);
