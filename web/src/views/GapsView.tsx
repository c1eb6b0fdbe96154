import { PendingView } from './PendingView.tsx';

/** Gaps: composition, structure and representation gaps with the organisations and areas they concern. */
export function GapsView() {
  return <PendingView id="gaps" title="view.gaps.title" intro="view.gaps.intro" needs={{ queries: ['gaps'] }} />;
}
