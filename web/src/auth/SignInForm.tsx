/**
 * A minimal sign-in form (labelled fields, errors announced). Helper components may restyle it;
 * it uses only ./session.ts.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { currentUser, onUserChange, signIn, signOut, type SignedInUser } from './session.ts';

export function useSignedInUser(): SignedInUser | null {
  const [user, setUser] = useState<SignedInUser | null>(currentUser());
  useEffect(() => onUserChange(setUser), []);
  return user;
}

export function SignInForm({ onSignedIn }: { onSignedIn?: (user: SignedInUser) => void }) {
  const user = useSignedInUser();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) {
    return (
      <div className="sign-in signed-in" data-testid="signed-in">
        <span>
          {user.name} ({user.role})
        </span>{' '}
        <button type="button" onClick={() => void signOut()}>
          Sign out / Allgofnodi
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(email, password);
      setPassword('');
      onSignedIn?.(signedIn);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)} aria-label="Sign in / Mewngofnodi">
      <label>
        Email / E-bost
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password / Cyfrinair
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        Sign in / Mewngofnodi
      </button>
      {error ? (
        <p role="alert" className="sign-in-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
