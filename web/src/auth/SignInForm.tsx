/** The sign-in form (labelled fields, the server's refusal announced) and the signed-in hook. */
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { currentUser, onUserChange, signIn, type SignedInUser } from './session.ts';

export function useSignedInUser(): SignedInUser | null {
  const [user, setUser] = useState<SignedInUser | null>(currentUser());
  useEffect(() => onUserChange(setUser), []);
  return user;
}

export function SignInForm({ onSignedIn }: { onSignedIn?: (user: SignedInUser) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(email, password);
      setPassword('');
      onSignedIn?.(signedIn);
    } catch (e) {
      setError(t('auth.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in form" onSubmit={(e) => void submit(e)} aria-labelledby="view-title" data-testid="sign-in-form">
      <label>
        {t('auth.email')}
        <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {t('auth.password')}
        <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy}>
        {t('auth.signIn')}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
