/**
 * What the server's schema offers, read once by introspection, so a view can say "not available
 * yet" instead of failing when the API it needs has not been built or deployed.
 */
import { operation, request } from './client.ts';

interface IntrospectionData {
  __schema: {
    queryType: { fields: { name: string }[] };
    mutationType: { fields: { name: string }[] } | null;
  };
}

const CAPABILITIES = operation<IntrospectionData>(
  'Capabilities',
  `query Capabilities {
    __schema {
      queryType { fields { name } }
      mutationType { fields { name } }
    }
  }`,
);

export interface Capabilities {
  queries: ReadonlySet<string>;
  mutations: ReadonlySet<string>;
}

export async function fetchCapabilities(): Promise<Capabilities> {
  try {
    const data = await request(CAPABILITIES, {});
    return {
      queries: new Set(data.__schema.queryType.fields.map((f) => f.name)),
      mutations: new Set((data.__schema.mutationType?.fields ?? []).map((f) => f.name)),
    };
  } catch {
    // introspection disabled: assume only what the first release had
    return { queries: new Set(['network']), mutations: new Set() };
  }
}

/** The named API parts that are missing, as "query x" / "mutation y". */
export function missing(caps: Capabilities, needs: { queries?: string[]; mutations?: string[] }): string[] {
  return [
    ...(needs.queries ?? []).filter((q) => !caps.queries.has(q)).map((q) => `query ${q}`),
    ...(needs.mutations ?? []).filter((m) => !caps.mutations.has(m)).map((m) => `mutation ${m}`),
  ];
}
