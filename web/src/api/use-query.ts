/** Runs an operation when its variables change; keeps the last data while a new request is in flight. */
import { useEffect, useRef, useState } from 'react';
import { ApiError, request, type Operation } from './client.ts';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useQuery<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, options: { skip?: boolean } = {}): QueryState<TData> {
  const [data, setData] = useState<TData>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(!options.skip);
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify(variables);
  const varsRef = useRef(variables);
  varsRef.current = variables;

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    request(op, varsRef.current, controller.signal)
      .then((result) => {
        setData(result);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e)));
        setLoading(false);
      });
    return () => controller.abort();
  }, [op, key, nonce, options.skip]);

  return { data, error, loading, reload: () => setNonce((n) => n + 1) };
}
