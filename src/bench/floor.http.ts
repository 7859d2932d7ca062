import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FloorUser } from './floor.store';

/**
 * What the floor and the ceiling answer alike: the SCIM JSON of the create flow's two requests,
 * built by hand from the `users` row, so that the two differ only in what carries a request to its
 * statement.
 */

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const USERS = '/scim/v2/Users';

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/scim+json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export const fail = (res: ServerResponse, status: number, detail: string, scimType?: string): void =>
  send(res, status, { schemas: [SCIM_ERROR], status: String(status), detail, ...(scimType ? { scimType } : {}) });

function toResource(u: FloorUser): Record<string, unknown> {
  return {
    schemas: [CORE_USER],
    id: u.id,
    externalId: u.externalId ?? undefined,
    userName: u.userName,
    name: { givenName: u.givenName ?? undefined, familyName: u.familyName ?? undefined },
    displayName: u.displayName ?? undefined,
    active: u.active,
    meta: { resourceType: 'User', created: u.createdAt.toISOString(), lastModified: u.updatedAt.toISOString(), location: `${USERS}/${u.id}`, version: `W/"${u.version}"` },
  };
}

/** The one filter the floor reads: `userName eq "…"` (RFC 7644 §3.4.2.2), its string as JSON escapes it. */
export function userNameOf(filter: unknown): string | null {
  const match = /^\s*userName\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(typeof filter === 'string' ? filter : '');
  return match ? (JSON.parse(`"${match[1]}"`) as string) : null;
}

/** The user a POST body describes, or null without a userName. */
export function newUser(body: any): FloorUser | null {
  if (typeof body?.userName !== 'string' || body.userName === '') return null;
  const now = new Date();
  return {
    id: randomUUID(),
    userName: body.userName,
    externalId: typeof body.externalId === 'string' ? body.externalId : null,
    givenName: body.name?.givenName ?? null,
    familyName: body.name?.familyName ?? null,
    displayName: body.displayName ?? null,
    active: body.active !== false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

export function sendList(res: ServerResponse, users: readonly FloorUser[]): void {
  send(res, 200, { schemas: [LIST_RESPONSE], totalResults: users.length, startIndex: 1, itemsPerPage: users.length, Resources: users.map(toResource) });
}

export function sendCreated(res: ServerResponse, user: FloorUser): void {
  send(res, 201, toResource(user), { Location: `${USERS}/${user.id}`, ETag: `W/"${user.version}"` });
}
