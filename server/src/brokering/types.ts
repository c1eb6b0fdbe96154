/** Plain in-memory input for brokering suggestions (from Neo4j, a dataset or CSV files) and the output record. */
import type { Bilingual, Named } from '../gaps/types.ts';

export interface BrokerOrganisation extends Named {
  kind?: string | null;
  sectorId: string | null;
  areaIds: string[];
  themeIds: string[];
}

export interface BrokerTie {
  /** the tie's key, where it has one (ties read from files may not) */
  id?: string | null;
  source: string;
  target: string;
  kind?: string | null;
  /** PARTNER-style 1-4; null when not rated */
  trust?: number | null;
}

/** A body or forum and the organisations on it (members, or whose staff hold a seat). */
export interface BrokerBody extends Named {
  organisationIds: string[];
}

export interface DeclinedIntroduction {
  id?: string | null;
  organisationIds: [string, string];
  /** date it was declined */
  since: string;
}

export interface BrokerInput {
  asOf: string;
  /** the loaded neighbourhood: the focal area's organisations plus one ring of neighbours */
  organisations: BrokerOrganisation[];
  /** active ties among them */
  ties: BrokerTie[];
  bodies: BrokerBody[];
  declined: DeclinedIntroduction[];
  sectors: Named[];
  themes: (Named & { code?: string | null })[];
  /** areas with their parents (for "same region") */
  areas: (Named & { parentId?: string | null; level?: string | null })[];
}

/** What a coordinator needs when there is no focal organisation: a theme, an area, perhaps a sector. */
export interface Need {
  themeId?: string | null;
  areaId?: string | null;
  sectorId?: string | null;
}

export interface Signal {
  name: string;
  /** 0..1 (before weighting) */
  value: number;
  weight: number;
  /** plain words: the evidence behind the value */
  detail: string;
}

export interface PathStep {
  key: string;
  name: string;
  nameCy?: string | null;
  label: 'Organisation' | 'Body' | 'Person';
}

/** What joins two consecutive steps of a path: a tie (its kind and trust), or sitting on the same body. */
export interface PathLink {
  via: 'tie' | 'body';
  tieKey: string | null;
  kind: string | null;
  trust: number | null;
}

export interface IntroducerPath {
  steps: PathStep[];
  /** links[i] joins steps[i] and steps[i + 1] */
  links: PathLink[];
  /** sum of 5 - trust over the ties: lower is a more trusted chain */
  cost: number;
}

export interface Suggestion {
  organisationId: string;
  name: string;
  score: number;
  signals: Signal[];
  /** from the focal organisation (or the introducer, for a need) to the candidate */
  introducerPath: IntroducerPath | null;
  explanation: Bilingual;
}
