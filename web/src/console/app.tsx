import { useEffect, useState } from 'react';
import { currentSession, onUnauthenticated, signOut, type Session } from './api';
import { useHashRoute } from './hooks';
import { ActivityPage } from './pages/activity';
import { DocumentsPage } from './pages/documents';
import { PickOrganization } from './pages/pick-organization';
import { RolesPage } from './pages/roles';
import { ScimSetupPage } from './pages/scim-setup';
import { SignIn } from './pages/sign-in';

const PAGES = [
  { route: 'scim', title: 'Set up SCIM' },
  { route: 'roles', title: 'Roles' },
  { route: 'activity', title: 'Activity' },
  { route: 'documents', title: 'Documents awaiting reassignment' },
] as const;

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    currentSession().then(setSession, () => setSession(null));
    return onUnauthenticated(() => {
      setSession((s) => {
        if (s) setNotice('Your session has ended: sign in again.');
        return null;
      });
    });
  }, []);

  if (session === undefined) return <p className="loading">Loading…</p>;
  if (session === null) return <SignIn notice={notice} onSignedIn={(s) => (setNotice(null), setSession(s))} />;
  // The page forgets the session even when the server could not clear the cookie, and says so.
  const leave = () =>
    void signOut().then((ended) => {
      setNotice(
        ended
          ? 'You are signed out.'
          : 'Signed out of this page only. Cannot reach the scimgraph server, so your session cookie was not cleared: it stays valid until it expires. Once the server is back, reload and sign out again.',
      );
      setSession(null);
    });
  if (session.organizationId === null) return <PickOrganization session={session} onPicked={setSession} onSignOut={leave} />;
  return <Console session={session} onSignOut={leave} />;
}

function Console({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const route = useHashRoute('scim');
  const readOnly = session.scope !== 'admin';
  const page = PAGES.find((p) => p.route === route) ?? PAGES[0];
  useEffect(() => {
    document.title = `${page.title} · scimgraph console`;
  }, [page]);
  return (
    <div className="console">
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header className="topbar">
        <strong className="brand">scimgraph console</strong>
        <nav aria-label="Console pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.route}>
                <a href={`#/${p.route}`} aria-current={p.route === page.route ? 'page' : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.tokenName} ({session.scope})
          </span>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      {readOnly && (
        <p className="banner" role="note">
          Read-only: you signed in with {session.scope === 'internal' ? 'an' : 'a'} {session.scope} token. Changes need an admin token.
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <h1>{page.title}</h1>
        {page.route === 'scim' && <ScimSetupPage session={session} readOnly={readOnly} />}
        {page.route === 'roles' && <RolesPage readOnly={readOnly} />}
        {page.route === 'activity' && <ActivityPage />}
        {page.route === 'documents' && <DocumentsPage />}
      </main>
    </div>
  );
}
