/** #/sign-in?next=<hash>: signs in, then goes back where the user came from. */
import { SignInForm } from '../auth/SignInForm.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';
import type { Route } from '../components/router.ts';

export function SignInView({ route }: { route: Route }) {
  const { t } = useI18n();
  const next = route.params.get('next');
  return (
    <div className="view view-narrow">
      <ViewHeader title={t('view.sign-in.title')} intro={t('view.sign-in.intro')} />
      <SignInForm
        onSignedIn={() => {
          // only ever an in-app hash, never an arbitrary URL
          window.location.hash = next?.startsWith('#/') ? next : '#/network';
        }}
      />
    </div>
  );
}
