/** `gaps`: representation, composition and structural gaps in an area as of a date. */
import { operation } from './client.ts';

export type GapFamily = 'composition' | 'representation' | 'structure';
export type GapSeverity = 'high' | 'medium' | 'low';

export interface Gap {
  id: string;
  family: GapFamily;
  type: string;
  severity: GapSeverity;
  measure: number | null;
  explanation: { en: string; cy: string };
  entities: { key: string; label: string; name: string; role: string }[];
  rule: { id: string; description: string; threshold: string | null };
}

export interface GapReport {
  areaKey: string;
  asOf: string;
  counts: { type: string; count: number }[];
  gaps: Gap[];
}

export const GAPS_QUERY = operation<{ gaps: GapReport }, { areaKey?: string | null; asOf?: string | null }>(
  'Gaps',
  `query Gaps($areaKey: String, $asOf: Date) {
    gaps(areaKey: $areaKey, asOf: $asOf) {
      areaKey asOf
      counts { type count }
      gaps {
        id family type severity measure
        explanation { en cy }
        entities { key label name role }
        rule { id description threshold }
      }
    }
  }`,
);
