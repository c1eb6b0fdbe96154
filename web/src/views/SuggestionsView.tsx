import type { ViewProps } from '../components/router.ts';
import { PendingView } from './PendingView.tsx';

/** Suggestions: ranked candidate partners with evidence and introducer; "broker an introduction". */
export function SuggestionsView(_props: ViewProps) {
  return (
    <PendingView
      id="suggestions"
      title="view.suggestions.title"
      intro="view.suggestions.intro"
      needs={{ queries: ['suggestions'], mutations: ['brokerIntroduction'] }}
    />
  );
}
