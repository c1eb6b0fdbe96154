import type { ViewProps } from '../components/router.ts';
import { PendingView } from './PendingView.tsx';

/** Introductions board: suggested -> introduced -> meeting held -> collaborating / declined. */
export function IntroductionsView(_props: ViewProps) {
  return (
    <PendingView
      id="introductions"
      title="view.introductions.title"
      intro="view.introductions.intro"
      needs={{ queries: ['introductionBoard'], mutations: ['moveIntroduction'] }}
    />
  );
}
