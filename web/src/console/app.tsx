import { useCallback, useEffect, useRef, useState } from 'react';
import { currentSession, onUnauthenticated, signOut, type ApiError, type Session } from './api';
import { useHashRoute, useTitle } from './hooks';
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

/** "reason." as a sentence of its own. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  // Why the session could not be checked (server down, 503): the session may still be valid.
  const [outage, setOutage] = useState<string | null>(null);
  // True while the sign-in form shows: a refused sign-in is said by the form, not as a session that ended.
  const onSignIn = useRef(false);
  useEffect(() => {
    onSignIn.current = session === null;
  }, [session]);
  const check = useCallback(() => {
    setOutage(null);
    currentSession().then(setSession, (error: ApiError) => {
      // A refused cookie was handled by the listener below, with the server's reason.
      if (error.code !== 'UNAUTHENTICATED') setOutage(error.code === 'UNREACHABLE' ? error.message : `The server could not check your session: ${sentence(error.message)}`);
    });
  }, []);
  useEffect(() => {
    check();
    return onUnauthenticated((reason) => {
      if (onSignIn.current) return;
      setNotice(`Your session has ended. ${sentence(reason)}`);
      setSession(null);
    });
  }, [check]);

  if (outage) return <Outage message={outage} onRetry={check} />;
  if (session === undefined) return <p className="loading">Loading…</p>;
  if (session === null) return <SignIn notice={notice} onSignedIn={(s) => (setNotice(null), setSession(s))} />;
  // The page forgets the session even when the server could not clear the cookie, and says so.
  const leave = () =>
    void signOut().then((outcome) => {
      const kept = 'your session cookie was not cleared: it stays valid until it expires.';
      setNotice(
        outcome === 'ended'
          ? 'You are signed out.'
          : outcome === 'unreachable'
            ? `Signed out of this page only. Cannot reach the scimgraph server, so ${kept} Once the server is back, reload and sign out again.`
            : `Signed out of this page only. The server did not end the session, so ${kept} Reload and sign out again.`,
      );
      setSession(null);
    });
  if (session.organizationId === null) return <PickOrganization session={session} onPicked={setSession} onSignOut={leave} />;
  return <Console session={session} onSignOut={leave} />;
}

/** The session could not be checked: not a sign-in form, since the session may still be valid. */
function Outage({ message, onRetry }: { message: string; onRetry: () => void }) {
  useTitle('scimgraph console');
  return (
    <main className="sign-in">
      <h1>scimgraph console</h1>
      <p className="error" role="alert">
        {message}
      </p>
      <p>Your session may still be valid: nothing was signed out.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </main>
  );
}

function Console({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const route = useHashRoute('scim');
  const readOnly = session.scope !== 'admin';
  const page = PAGES.find((p) => p.route === route) ?? PAGES[0];
  useTitle(`${page.title} · scimgraph console`);
  // After sign-in and each page change the focus starts at the page's heading, not on <body> or the link.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [page.route]);
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
        <h1 ref={heading} tabIndex={-1}>
          {page.title}
        </h1>
        {page.route === 'scim' && <ScimSetupPage session={session} readOnly={readOnly} />}
        {page.route === 'roles' && <RolesPage readOnly={readOnly} />}
        {page.route === 'activity' && <ActivityPage />}
        {page.route === 'documents' && <DocumentsPage />}
      </main>
    </div>
  );
}
