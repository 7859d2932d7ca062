import { UNREACHABLE } from '../shared/messages';

/**
 * The console's only data door is /graphql, authenticated by the HttpOnly session cookie (the
 * page never sees the token after sign-in). /console/session only starts and ends sessions.
 */
export type Scope = 'admin' | 'read' | 'internal';

export interface Session {
  scope: Scope;
  tokenName: string;
  organizationId: string | null;
  expiresAt: string;
  scimBaseUrl: string;
}

/** A GraphQL or session error, with the server's code (UNAUTHENTICATED, FORBIDDEN, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

const unauthenticatedListeners = new Set<(reason: string) => void>();

/** Called, with the server's reason, when it says the session is gone (expired, revoked, its user deactivated or demoted). */
export function onUnauthenticated(listener: (reason: string) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function failure(body: ErrorBody, status: number): ApiError {
  const first = body.errors?.[0];
  const code = first?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : status === 503 ? 'UNAVAILABLE' : 'ERROR');
  const message = first?.message ?? `Request failed (${status})`;
  if (code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l(message));
  return new ApiError(message, code);
}

/** Sends one request; a network failure (server down, connection refused) rejects with code UNREACHABLE. */
async function send(method: string, url: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(UNREACHABLE, 'UNREACHABLE');
  }
}

/** Runs one GraphQL operation; any error in the result is a failure. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await send('POST', '/graphql', { query, variables });
  const body = (await response.json().catch(() => ({}))) as ErrorBody & { data?: T };
  if (body.errors?.length || !response.ok || !body.data) throw failure(body, response.status);
  return body.data;
}

async function sessionCall(method: string, url: string, body?: unknown): Promise<Session | null> {
  const response = await send(method, url, body);
  if (response.status === 204) return null;
  const parsed = (await response.json().catch(() => ({}))) as ErrorBody & Session;
  if (!response.ok) throw failure(parsed, response.status);
  return parsed;
}

async function startedSession(method: string, url: string, body: unknown): Promise<Session> {
  const session = await sessionCall(method, url, body);
  if (!session) throw new ApiError('The server answered without a session', 'ERROR');
  return session;
}

export const signIn = (token: string): Promise<Session> => startedSession('POST', '/console/session', { token });
/** The session of the browser's cookie; null when it has none. A refused cookie rejects UNAUTHENTICATED, saying why. */
export const currentSession = (): Promise<Session | null> => sessionCall('GET', '/console/session');
export const pickOrganization = (organizationId: string): Promise<Session> =>
  startedSession('PUT', '/console/session/organization', { organizationId });

/**
 * Asks the server to clear the session cookie; never rejects. Unless it says `ended` (the server
 * could not be reached, or refused), the cookie (HttpOnly, out of the page's reach) stays valid
 * until it expires.
 */
export async function signOut(): Promise<'ended' | 'unreachable' | 'refused'> {
  try {
    return (await send('DELETE', '/console/session')).ok ? 'ended' : 'refused';
  } catch {
    return 'unreachable';
  }
}
