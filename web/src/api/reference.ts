/** Sectors, areas and themes for filters and labels (Relay connections on the server). */
import { operation } from './client.ts';

export interface NamedItem {
  key: string;
  name: string;
  nameCy: string | null;
}

export interface AreaItem extends NamedItem {
  level: string;
}

export interface ThemeItem extends NamedItem {
  code: string;
  kind: string;
}

interface Connection<T> {
  edges: { node: T }[];
}

export interface ReferenceData {
  sectors: Connection<NamedItem>;
  areas: Connection<AreaItem>;
  themes: Connection<ThemeItem>;
}

export const REFERENCE_QUERY = operation<ReferenceData>(
  'Reference',
  `query Reference {
    sectors(first: 500) { edges { node { key name nameCy } } }
    areas(first: 500) { edges { node { key name nameCy level } } }
    themes(first: 500) { edges { node { key code name nameCy kind } } }
  }`,
);

export interface ReferenceLists {
  sectors: NamedItem[];
  areas: AreaItem[];
  themes: ThemeItem[];
  /** organisation kinds: from the network, there is no list in the API */
  kinds: string[];
  /** true when names came from the API, false when ids were made readable */
  fromApi: boolean;
}
