/**
 * The tie (kind, trust) behind each organisation-to-organisation step of an introducer path. The
 * suggestion names only the steps, so the ties are read from the organisations on the path; a step
 * through a shared body has no tie.
 */
import { useEffect, useRef, useState } from 'react';
import { request } from '../../api/client.ts';
import { ORGANISATION_TIES_QUERY, type IntroducerStep, type PathTie } from '../../api/suggestions.ts';

/** index i: the tie between steps[i] and steps[i + 1], null when there is none (or not loaded) */
export type StepTies = (PathTie | null)[];

export function usePathTies(steps: IntroducerStep[]): { ties: StepTies; loading: boolean } {
  // per organisation: its ties, kept while the list is shown (the same introducer recurs)
  const cache = useRef(new Map<string, Promise<PathTie[]>>());
  const [state, setState] = useState<{ key: string; ties: StepTies }>({ key: '', ties: [] });
  const key = steps.map((s) => `${s.label}:${s.key}`).join('>');

  useEffect(() => {
    let live = true;
    const tiesOf = (orgKey: string) => {
      let p = cache.current.get(orgKey);
      if (!p) {
        p = request(ORGANISATION_TIES_QUERY, { key: orgKey })
          .then((d) => d.organisation?.ties ?? [])
          .catch(() => {
            cache.current.delete(orgKey);
            return [];
          });
        cache.current.set(orgKey, p);
      }
      return p;
    };
    void Promise.all(
      steps.slice(0, -1).map(async (from, i) => {
        const to = steps[i + 1]!;
        if (from.label !== 'Organisation' || to.label !== 'Organisation') return null;
        const ties = await tiesOf(from.key);
        return ties.find((t) => (t.source.key === from.key && t.target.key === to.key) || (t.source.key === to.key && t.target.key === from.key)) ?? null;
      }),
    ).then((ties) => {
      if (live) setState({ key, ties });
    });
    return () => {
      live = false;
    };
    // `key` names the steps
  }, [key]);

  return { ties: state.key === key ? state.ties : [], loading: state.key !== key };
}
