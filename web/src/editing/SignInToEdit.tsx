/** What a reader sees instead of a write action: a sign-in link, or why their account cannot. */
import { hrefFor } from '../components/router.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import type { Permission } from './permissions.ts';

export function SignInToEdit({ permission, notAllowed }: { permission: Permission; notAllowed?: MessageKey }) {
  const { t } = useI18n();
  if (permission === 'signed-out') {
    return (
      <p className="edit-sign-in small">
        <a href={hrefFor('sign-in', { next: window.location.hash || null })} data-testid="sign-in-to-edit">
          {t('editing.signInToEdit')}
        </a>
      </p>
    );
  }
  if (permission === 'not-allowed' && notAllowed) return <p className="muted small">{t(notAllowed)}</p>;
  return null;
}
