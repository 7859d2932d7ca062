import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, newUser, runStoreChild, sendCreated, sendList, userFieldsOf, USERS, userNameOf } from './floor.http';
import type { FloorStore } from './floor.store';

/**
 * The floor: what Okta's create flow costs with nothing but node:http, JSON and the raw driver's
 * two statements on the same `users` table, in the same durability mode. No auth (the organization
 * comes in an `X-Organization-Id` header), no GraphQL, no ORM, no contacts, no audit: scimgraph is
 * measured as a share of this. It answers only `GET /scim/v2/Users?filter=userName eq "…"` and
 * `POST /scim/v2/Users`.
 */

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function list(store: FloorStore, organizationId: string, url: URL, res: ServerResponse): Promise<void> {
  const userName = userNameOf(url.searchParams.get('filter'));
  if (userName === null) return fail(res, 400, 'the floor reads only filter=userName eq "…"', 'invalidFilter');
  sendList(res, await store.find(organizationId, userName.toLowerCase()));
}

async function create(store: FloorStore, organizationId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const fields = userFieldsOf(await readJson(req));
  if (!fields) return fail(res, 400, 'userName is required', 'invalidValue');
  const user = newUser(fields);
  if (!(await store.insert(organizationId, user))) return fail(res, 409, 'userName is taken', 'uniqueness');
  sendCreated(res, user);
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

runStoreChild('floor', (store) => (req, res) => {
  handle(store, req, res).catch((error: unknown) => fail(res, 500, error instanceof Error ? error.message : String(error)));
});
