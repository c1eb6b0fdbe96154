/** One organisation in full: the card's details and its recorded history. */
import { operation } from './client.ts';

export interface OrganisationChange {
  key: string;
  action: string;
  actor: string;
  at: string;
  reason: string | null;
}

export interface OrganisationDetail {
  key: string;
  name: string;
  nameCy: string | null;
  kind: string;
  size: string | null;
  website: string | null;
  charityNumber: string | null;
  since: string | null;
  until: string | null;
  tieCount: number;
  history: OrganisationChange[];
}

export const ORGANISATION_QUERY = operation<{ organisation: OrganisationDetail | null }, { key: string; asOf?: string | null }>(
  'Organisation',
  `query Organisation($key: String!, $asOf: Date) {
    organisation(key: $key) {
      key name nameCy kind size website charityNumber since until
      tieCount(asOf: $asOf)
      history { key action actor at reason }
    }
  }`,
);
