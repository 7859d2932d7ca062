/**
 * The playground's API token lives in sessionStorage only: it is gone when the tab closes, is
 * never put in a URL, and is sent only as an Authorization header to our own /graphql.
 */
const KEY = 'scimgraph.apiToken';

export const readToken = (): string => sessionStorage.getItem(KEY) ?? '';

export function writeToken(token: string): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** A pasted token without its `Bearer ` scheme (any case) or surrounding spaces, as the server takes it. */
export const bareToken = (pasted: string): string => pasted.trim().replace(/^bearer\s+/i, '');
