/** One organisation in full: the card's details, memberships, collaborations, seats, metrics and history. */
import { operation } from './client.ts';

export interface OrganisationChange {
  key: string;
  action: string;
  actor: string;
  at: string;
  reason: string | null;
}

interface Named {
  key: string;
  name: string;
  nameCy: string | null;
}

export interface OrganisationMembership {
  body: Named & { type: string };
  since: string | null;
  broughtBy: Named | null;
}

export interface OrganisationCollaboration extends Named {
  since: string | null;
  until: string | null;
  partners: Named[];
  themes: { key: string; code: string }[];
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
  version: number;
  tieCount: number;
  memberships: OrganisationMembership[];
  collaborations: OrganisationCollaboration[];
  history: OrganisationChange[];
}

export const ORGANISATION_QUERY = operation<{ organisation: OrganisationDetail | null }, { key: string; asOf?: string | null }>(
  'Organisation',
  `query Organisation($key: String!, $asOf: Date) {
    organisation(key: $key) {
      key name nameCy kind size website charityNumber since until version
      tieCount(asOf: $asOf)
      memberships(asOf: $asOf) { body { key name nameCy type } since broughtBy { key name nameCy } }
      collaborations(asOf: $asOf) { key name since until partners { key name nameCy } themes { key code } }
      history { key action actor at reason }
    }
  }`,
);

export interface OrganisationSeat {
  key: string;
  seatType: string;
  vacant: boolean;
  body: Named;
  holder: { key: string; name: string; role: string } | null;
}

/** Seats held on behalf of the organisation on a date. */
export const ORGANISATION_SEATS_QUERY = operation<
  { seats: { totalCount: number; edges: { node: OrganisationSeat }[] } },
  { key: string; asOf?: string | null; first: number }
>(
  'OrganisationSeats',
  `query OrganisationSeats($key: String!, $asOf: Date, $first: Int) {
    seats(filter: { onBehalfOfKey: $key }, asOf: $asOf, first: $first) {
      totalCount
      edges { node { key seatType vacant(asOf: $asOf) body { key name nameCy } holder(asOf: $asOf) { key name role } } }
    }
  }`,
);

export interface OrganisationMetricValues {
  key: string;
  degree: number;
  betweenness: number;
  closeness: number;
  clustering: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: { coordinator: number; itinerant: number; representative: number; gatekeeper: number; liaison: number };
}

/**
 * The whole network's metrics (cached on the server by data version); the card picks its
 * organisation's row. Asked for only when the reader opens the card's metrics.
 */
export const ORGANISATION_METRICS_QUERY = operation<
  { networkMetrics: { asOf: string; organisations: number; nodes: OrganisationMetricValues[] } },
  { asOf?: string | null }
>(
  'OrganisationMetrics',
  `query OrganisationMetrics($asOf: Date) {
    networkMetrics(asOf: $asOf) {
      asOf organisations
      nodes { key degree betweenness closeness clustering constraint effectiveSize brokerage { coordinator itinerant representative gatekeeper liaison } }
    }
  }`,
);
