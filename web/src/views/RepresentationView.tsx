import { PendingView } from './PendingView.tsx';

/** Representation: bodies, seats, holders, vacancies and report-backs per area. */
export function RepresentationView() {
  return (
    <PendingView
      id="representation"
      title="view.representation.title"
      intro="view.representation.intro"
      needs={{ queries: ['bodies'] }}
    />
  );
}
