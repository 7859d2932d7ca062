import '../shared/style-nonce';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { UNREACHABLE } from '../shared/messages';
import { readToken } from '../shared/token-store';
import { EXAMPLES } from './examples';
import { examplesPlugin } from './examples-plugin';
import { TokenBar } from './token-bar';

// Monaco stops its pending work (a remount for a new token, leaving the page) by rejecting it with
// a CancellationError ("Canceled"): its way of stopping, not a failure, so not an unhandled error.
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as { name?: unknown; message?: unknown } | null;
  if (reason?.name === 'Canceled' && reason.message === 'Canceled') event.preventDefault();
});

/**
 * The request's headers. Names compare case-insensitively, as HTTP's do: what the Headers pane
 * holds replaces ours, and an Authorization typed there is sent instead of the token field's.
 */
function requestHeaders(typed: Record<string, unknown>, token: string): Headers {
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' });
  for (const [name, value] of Object.entries(typed)) headers.set(name, String(value));
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  return headers;
}

/** Posts to our own /graphql with the stored token; the token never goes into a URL. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  let headers: Headers;
  try {
    headers = requestHeaders((options?.headers as Record<string, unknown> | undefined) ?? {}, readToken());
  } catch (error) {
    return { errors: [{ message: `Request not sent: a header in the Headers pane is not valid (${(error as Error).message})` }] };
  }
  let response: Response;
  try {
    // Only the pasted token speaks: never the console's session cookie.
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
  } catch {
    // GraphiQL would show fetch's bare "Failed to fetch" with a stack trace.
    return { errors: [{ message: UNREACHABLE }] };
  }
  return response.json().catch(() => ({ errors: [{ message: `The server answered ${response.status} ${response.statusText} without a GraphQL result.` }] }));
};

const defaultTabs = EXAMPLES.map(({ query, variables }) => ({ query, variables }));
// Passing plugins replaces GraphiQL's default list, [HISTORY_PLUGIN]: name it again. History is kept in localStorage.
const plugins = [HISTORY_PLUGIN, examplesPlugin];

function Playground() {
  // A new token makes a new fetcher, on which GraphiQL introspects the schema again. Remounting
  // GraphiQL would do it too, but would empty the Headers pane (headers are not persisted).
  const [generation, setGeneration] = useState(0);
  const tokenFetcher = useMemo<GraphiQLProps['fetcher']>(() => (params, options) => fetcher(params, options), [generation]);
  return (
    <div className="playground">
      <TokenBar onChange={() => setGeneration((n) => n + 1)} />
      <main className="playground-main">
        <GraphiQL fetcher={tokenFetcher} defaultTabs={defaultTabs} plugins={plugins} shouldPersistHeaders={false}>
          <GraphiQL.Logo>scimgraph</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
