/**
 * The gaps overlay's state, from the address: `gaps=on` opens it, `gapTypes=a,b` are the kinds of gap
 * shown, `gap=<id>` narrows it to one gap (the link from the gaps list). Fetches the area's gap
 * report only while the overlay is open, and works out what the canvas and table highlight.
 */
import { useMemo } from 'react';
import { GAP_TYPES, GAPS_QUERY, type Gap, type GapReport, type GapType } from '../../../api/gaps.ts';
import type { Network, NetworkNode } from '../../../api/network.ts';
import type { ApiError } from '../../../api/client.ts';
import { useQuery } from '../../../api/use-query.ts';
import type { CanvasOverlay } from '../../../graph/gap-overlay.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { buildOverlay, EMPTY_OVERLAY, type GapOverlay } from './overlay-model.ts';
import { useInvolvedOrganisations } from './use-involved-organisations.ts';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const NO_GAPS: Gap[] = [];

export interface GapsOverlayState {
  open: boolean;
  report: GapReport | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload: () => void;
  types: Set<GapType>;
  /** gaps of the chosen types, most severe first */
  shown: Gap[];
  selected: Gap | undefined;
  model: GapOverlay;
  /** what the canvas draws; null when the overlay is off or shows nothing */
  canvas: CanvasOverlay | null;
}

export function parseTypes(value: string | null): Set<GapType> | null {
  if (value === null) return null;
  return new Set(value.split(',').filter((t): t is GapType => (GAP_TYPES as readonly string[]).includes(t)));
}

export function useGapsOverlay(options: {
  params: URLSearchParams;
  areaKey: string;
  asOf: string | null;
  network: Network | undefined;
  label: (node: NetworkNode) => string;
}): GapsOverlayState {
  const { params, areaKey, asOf, network, label } = options;
  const { t } = useI18n();
  const gapId = params.get('gap');
  const open = params.get('gaps') === 'on' || !!gapId;
  const typesParam = params.get('gapTypes');
  const { data, loading, error, reload } = useQuery(GAPS_QUERY, { areaKey: areaKey || null, asOf }, { skip: !open });
  const report = open ? data?.gaps : undefined;
  const selected = gapId ? report?.gaps.find((g) => g.id === gapId) : undefined;

  const types = useMemo(() => parseTypes(typesParam) ?? new Set<GapType>(selected ? [selected.type] : []), [typesParam, selected]);
  const shown = useMemo(
    () => (report?.gaps ?? []).filter((g) => types.has(g.type)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [report, types],
  );
  const drawn = useMemo(() => (selected ? [selected] : shown), [selected, shown]);
  const involved = useInvolvedOrganisations(open ? drawn : NO_GAPS, asOf, selected);

  const model = useMemo(() => (open && network ? buildOverlay(drawn, network, involved) : EMPTY_OVERLAY), [open, network, drawn, involved]);
  const canvas = useMemo((): CanvasOverlay | null => {
    if (!open || !network || drawn.length === 0) return null;
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const ringLabels = new Map<string, string>();
    for (const [id, count] of model.cutOff) {
      const node = byId.get(id);
      ringLabels.set(id, t('gaps.ring.cutsOff', { name: node ? label(node) : id, count }));
    }
    return { marks: model.marks, highlighted: model.highlighted, ringLabels, ghosts: model.ghosts, ties: model.ties };
  }, [open, network, drawn, model, t, label]);

  return { open, report, loading: open && loading, error: open ? error : undefined, reload, types, shown, selected, model, canvas };
}
