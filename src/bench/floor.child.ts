import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDatabaseUrl } from '../config';
import { onStop, type ReadyMessage } from './child.launcher';
import { openFloorStore, type FloorStore, type FloorUser } from './floor.store';

/**
 * The floor: what Okta's create flow costs with nothing but node:http, JSON and the raw driver's
 * two statements on the same `users` table, in the same durability mode. No auth (the organization
 * comes in an `X-Organization-Id` header), no GraphQL, no ORM, no contacts, no audit: scimgraph is
 * measured as a share of this. It answers only `GET /scim/v2/Users?filter=userName eq "…"` and
 * `POST /scim/v2/Users`.
 */

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const USERS = '/scim/v2/Users';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/scim+json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, detail: string, scimType?: string): void =>
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
function userNameOf(filter: string | null): string | null {
  const match = /^\s*userName\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter ?? '');
  return match ? (JSON.parse(`"${match[1]}"`) as string) : null;
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function list(store: FloorStore, organizationId: string, url: URL, res: ServerResponse): Promise<void> {
  const userName = userNameOf(url.searchParams.get('filter'));
  if (userName === null) return fail(res, 400, 'the floor reads only filter=userName eq "…"', 'invalidFilter');
  const users = await store.find(organizationId, userName.toLowerCase());
  send(res, 200, { schemas: [LIST_RESPONSE], totalResults: users.length, startIndex: 1, itemsPerPage: users.length, Resources: users.map(toResource) });
}

async function create(store: FloorStore, organizationId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (typeof body?.userName !== 'string' || body.userName === '') return fail(res, 400, 'userName is required', 'invalidValue');
  const now = new Date();
  const user: FloorUser = {
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
  if (!(await store.insert(organizationId, user))) return fail(res, 409, 'userName is taken', 'uniqueness');
  send(res, 201, toResource(user), { Location: `${USERS}/${user.id}`, ETag: `W/"${user.version}"` });
}

async function handle(store: FloorStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://floor');
  const organizationId = req.headers['x-organization-id'];
  if (url.pathname !== USERS) return fail(res, 404, 'the floor serves only /scim/v2/Users');
  if (typeof organizationId !== 'string') return fail(res, 400, 'X-Organization-Id is required');
  if (req.method === 'GET') return list(store, organizationId, url, res);
  if (req.method === 'POST') return create(store, organizationId, req, res);
  return fail(res, 405, 'GET or POST');
}

async function main(): Promise<void> {
  const store = await openFloorStore(parseDatabaseUrl(process.env.DATABASE_URL));
  const server = createServer((req, res) => {
    handle(store, req, res).catch((error: unknown) => fail(res, 500, error instanceof Error ? error.message : String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onStop(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port, durability: store.durability } satisfies ReadyMessage);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench floor: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
