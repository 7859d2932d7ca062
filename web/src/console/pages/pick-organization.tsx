import { useState, type FormEvent } from 'react';
import { gql, pickOrganization, type Session } from '../api';
import { useLoad, useTitle } from '../hooks';

interface Organizations {
  organizations: { id: string; name: string; slug: string }[];
}

/** An internal token reaches every organization: the session works inside the one picked here. */
export function PickOrganization({ onPicked, onSignOut }: { session: Session; onPicked: (s: Session) => void; onSignOut: () => void }) {
  const orgs = useLoad(() => gql<Organizations>('query ConsoleOrganizations { organizations { id name slug } }'), []);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  useTitle('Pick an organization · scimgraph console');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onPicked(await pickOrganization(chosen));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <main className="sign-in">
      <h1>Pick an organization</h1>
      <p>Your internal token can read every organization. The console shows one at a time, read-only.</p>
      {orgs.error && <p className="error" role="alert">{orgs.error}</p>}
      <form onSubmit={submit}>
        <label htmlFor="organization">Organization</label>
        <select id="organization" value={chosen} onChange={(e) => setChosen(e.target.value)} required>
          <option value="">Choose…</option>
          {orgs.data?.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.slug})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!chosen}>
          Open
        </button>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </main>
  );
}
