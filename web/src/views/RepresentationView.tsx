import type { ViewProps } from '../components/router.ts';
import { PendingView } from './PendingView.tsx';

/** Representation: bodies, seats, holders, vacancies and report-backs per area. */
export function RepresentationView(_props: ViewProps) {
  return (
    <PendingView
      id="representation"
      title="view.representation.title"
      intro="view.representation.intro"
      needs={{ queries: ['bodies'] }}
    />
  );
}
