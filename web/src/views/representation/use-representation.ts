/** Loads the representation map for an area and date; keeps the last data while reloading. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { fetchRepresentation, type RepresentationData } from '../../api/representation.ts';

export interface RepresentationState {
  data: RepresentationData | undefined;
  /** the area the data is for (it may lag the chosen one while loading) */
  areaKey: string | null;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useRepresentation(areaKey: string, asOf: string | null, withOverdue: boolean): RepresentationState {
  const [state, setState] = useState<Omit<RepresentationState, 'reload'>>({ data: undefined, areaKey: null, error: undefined, loading: !!areaKey });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (!areaKey) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    fetchRepresentation(areaKey, asOf, withOverdue, controller.signal)
      .then((data) => setState({ data, areaKey, error: undefined, loading: false }))
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, loading: false, error: e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e)) }));
      });
    return () => controller.abort();
  }, [areaKey, asOf, withOverdue, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
