import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newId } from '../common/ids';
import { parseDatabaseUrl } from '../config';
import { onStop, type ReadyMessage } from './child.launcher';
import { openFloorStore, type FloorStore, type FloorUser } from './floor.store';

/**
 * What the floor and the ceiling share: the SCIM JSON of the create flow's two requests, built by
 * hand from the `users` row, and the process around the store, so that the two differ only in what
 * carries a request to its statement.
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

/** What a POST body sets on a user. */
export type UserFields = Pick<FloorUser, 'userName' | 'externalId' | 'givenName' | 'familyName' | 'displayName' | 'active'>;

/** The fields a POST body describes, or null without a userName. */
export function userFieldsOf(body: any): UserFields | null {
  if (typeof body?.userName !== 'string' || body.userName === '') return null;
  return {
    userName: body.userName,
    externalId: typeof body.externalId === 'string' ? body.externalId : null,
    givenName: body.name?.givenName ?? null,
    familyName: body.name?.familyName ?? null,
    displayName: body.displayName ?? null,
    active: body.active !== false,
  };
}

/** A new user of these fields, at version 1, named as scimgraph names its rows (UUIDv7). */
export function newUser(fields: UserFields): FloorUser {
  const now = new Date();
  return { ...fields, id: newId(), createdAt: now, updatedAt: now, version: 1 };
}

export function sendList(res: ServerResponse, users: readonly FloorUser[]): void {
  send(res, 200, { schemas: [LIST_RESPONSE], totalResults: users.length, startIndex: 1, itemsPerPage: users.length, Resources: users.map(toResource) });
}

export function sendCreated(res: ServerResponse, user: FloorUser): void {
  send(res, 201, toResource(user), { Location: `${USERS}/${user.id}`, ETag: `W/"${user.version}"` });
}

/**
 * A floor-like child process (`name` in its errors): opens the store over `DATABASE_URL`, serves
 * what `listenerOf` makes of it on a loopback port, reports the port over IPC, and closes both when
 * the parent stops it.
 */
export function runStoreChild(name: string, listenerOf: (store: FloorStore) => RequestListener | Promise<RequestListener>): void {
  const main = async (): Promise<void> => {
    const store = await openFloorStore(parseDatabaseUrl(process.env.DATABASE_URL));
    const server = createServer(await listenerOf(store));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onStop(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    });
    process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port, durability: store.durability } satisfies ReadyMessage);
  };
  main().catch((error: unknown) => {
    process.stderr.write(`bench ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
