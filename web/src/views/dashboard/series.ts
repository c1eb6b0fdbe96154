/**
 * The trend series: networkMetrics at a run of dates over the data's span (from the first tie of
 * the filtered network to the chosen date), yearly, or quarterly when the span is short. The
 * requests run a few at a time: each makes the server analyse a whole network.
 */
import { useEffect, useState } from 'react';
import { ApiError, request } from '../../api/client.ts';
import { METRICS_POINT_QUERY, NETWORK_SPAN_QUERY, type Grouping, type WholeNetworkFigures } from '../../api/metrics.ts';
import type { NetworkFilter } from '../../api/network.ts';

export const SERIES_CONCURRENCY = 2;
const MAX_POINTS = 12;

/** 1 January of each year after `start` (every few years when that would be too many), or the quarters for a short span; `end` last. */
export function seriesDates(start: string | null, end: string): string[] {
  if (!start || start >= end) return [end];
  const startYear = Number(start.slice(0, 4));
  const endYear = Number(end.slice(0, 4));
  const dates: string[] = [];
  if (endYear - startYear >= 3) {
    const years = endYear - startYear;
    const step = Math.ceil(years / (MAX_POINTS - 1));
    // counted back from the end so the most recent years are always in
    for (let year = endYear; year > startYear; year -= step) dates.unshift(`${year}-01-01`);
  } else {
    for (let year = startYear; year <= endYear; year++) {
      for (const month of ['01', '04', '07', '10']) {
        const d = `${year}-${month}-01`;
        if (d > start) dates.push(d);
      }
    }
  }
  const before = dates.filter((d) => d < end);
  return [...before.slice(-(MAX_POINTS - 1)), end];
}

/** Runs `work` over `items`, at most `limit` at a time, in order of starting. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>, onEach?: (index: number, result: R) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
      onEach?.(index, results[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export type SeriesPoint = WholeNetworkFigures & { asOf: string };

export interface SeriesState {
  dates: string[];
  /** by date, as they arrive */
  points: Map<string, SeriesPoint>;
  error: ApiError | undefined;
  done: boolean;
}

export function useSeries(filter: NetworkFilter, asOf: string, by: Grouping, enabled: boolean): SeriesState & { reload: () => void } {
  const [state, setState] = useState<SeriesState>({ dates: [], points: new Map(), error: undefined, done: false });
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify([filter, asOf, by]);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const { signal } = controller;
    setState({ dates: [], points: new Map(), error: undefined, done: false });
    void (async () => {
      try {
        const span = await request(NETWORK_SPAN_QUERY, { filter, asOf }, signal);
        const first = span.network.edges.reduce<string | null>((min, e) => (e.since && (!min || e.since < min) ? e.since : min), null);
        const dates = seriesDates(first, asOf);
        setState((s) => ({ ...s, dates }));
        await mapLimited(
          dates,
          SERIES_CONCURRENCY,
          async (date) => (await request(METRICS_POINT_QUERY, { filter, asOf: date, by }, signal)).networkMetrics,
          (index, point) => {
            if (!signal.aborted) setState((s) => ({ ...s, points: new Map(s.points).set(dates[index]!, point) }));
          },
        );
        if (!signal.aborted) setState((s) => ({ ...s, done: true }));
      } catch (e) {
        if (signal.aborted) return;
        setState((s) => ({ ...s, error: e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e)) }));
      }
    })();
    return () => controller.abort();
    // `key` stands for filter, asOf and by
  }, [key, enabled, nonce]);

  return { ...state, reload: () => setNonce((n) => n + 1) };
}
