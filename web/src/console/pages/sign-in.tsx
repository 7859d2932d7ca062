import { useState, type FormEvent } from 'react';
import { signIn, type Session } from '../api';
import { useTitle } from '../hooks';
import { bareToken } from '../../shared/token-store';

/** Paste an admin token; the server answers with a session cookie and forgets nothing else. */
export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle('Sign in · scimgraph console');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // A token copied from an Authorization header comes with its scheme: only the token is sent.
      const session = await signIn(bareToken(token));
      setToken('');
      onSignedIn(session);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <h1>scimgraph console</h1>
      {notice && <p role="status">{notice}</p>}
      <form onSubmit={submit}>
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" spellCheck={false} required value={token} onChange={(e) => setToken(e.target.value)} />
        <p className="hint">
          Paste an <code>admin</code> token (<code>npx scimgraph token create --org default --scope admin --name console</code>). A{' '}
          <code>read</code> token shows the console read-only; an <code>internal</code> token picks an organization first; <code>scim</code> tokens are
          refused. The token is exchanged for a short-lived session cookie and is not kept by this page.
        </p>
        <button type="submit" disabled={busy || token.trim() === ''}>
          Sign in
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
