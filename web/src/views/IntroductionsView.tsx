import { PendingView } from './PendingView.tsx';

/** Introductions board: suggested -> introduced -> meeting held -> collaborating / declined. */
export function IntroductionsView() {
  return (
    <PendingView
      id="introductions"
      title="view.introductions.title"
      intro="view.introductions.intro"
      needs={{ queries: ['introductionBoard'], mutations: ['moveIntroduction'] }}
    />
  );
}
