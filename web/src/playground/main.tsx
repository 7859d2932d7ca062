import '../shared/style-nonce';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode, useState } from 'react';
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

/** Posts to our own /graphql with the stored token; the token never goes into a URL. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...((options?.headers as Record<string, string> | undefined) ?? {}),
  };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
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

function Playground() {
  // A new token remounts GraphiQL, so the schema is introspected again with it.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="playground">
      <TokenBar onChange={() => setGeneration((n) => n + 1)} />
      <main className="playground-main">
        <GraphiQL key={generation} fetcher={fetcher} defaultTabs={defaultTabs} plugins={[examplesPlugin]} shouldPersistHeaders={false}>
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
