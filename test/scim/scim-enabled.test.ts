import request from 'supertest';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { User } from '../../src/domain/user/user.entity';
import { createTestApp, type TestApp } from '../support/app';
import { CORE } from './users-client';

/** SCIM as an entitlement (DESIGN.md): a disabled organization's scim tokens get 403 and nothing is written. */
let t: TestApp;
let orgId: string;
let scimToken: string;
let internalToken: string;

beforeAll(async () => {
  t = await createTestApp();
  const ctx = { em: t.orm.em.fork(), actor: systemActor(null), requestId: null, now: () => new Date() };
  orgId = (await createOrganization(ctx, { name: 'No SCIM', slug: 'no-scim', scimEnabled: false })).id;
  scimToken = (await t.createToken(orgId, 'scim')).secret;
  internalToken = (await t.createToken(null, 'internal')).secret;
});
afterAll(async () => t.close());

const scim = (method: 'get' | 'post', path: string, body?: unknown) => {
  const req = request(t.app)[method](`/scim/v2${path}`).set('Authorization', `Bearer ${scimToken}`);
  return body === undefined ? req : req.set('Content-Type', 'application/scim+json').send(JSON.stringify(body));
};
const SET = 'mutation ($on: Boolean!) { setOrganizationScimEnabled(id: "no-scim", enabled: $on) { slug scimEnabled } }';

it('refuses SCIM on a disabled organization with 403 and a SCIM error saying why, writing nothing', async () => {
  const created = await scim('post', '/Users', { schemas: [CORE], userName: 'ada@example.com' }).expect(403);
  expect(created.body).toMatchObject({ status: '403', detail: expect.stringContaining('SCIM is not enabled for this organization') });
  await scim('get', '/Users').expect(403);
  expect(await t.orm.em.fork().count(User, { organizationId: orgId })).toBe(0);
  expect(await t.orm.em.fork().count(AuditEvent, { organizationId: orgId, action: 'user.created' })).toBe(0);
});

it('is turned on by an internal token, audited, after which SCIM works', async () => {
  const admin = (await t.createToken(orgId, 'admin')).secret;
  expect((await t.graphql(admin, SET, { on: true })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const { body } = await t.graphql(internalToken, SET, { on: true }).expect(200);
  expect(body.data.setOrganizationScimEnabled).toEqual({ slug: 'no-scim', scimEnabled: true });
  await scim('post', '/Users', { schemas: [CORE], userName: 'ada@example.com' }).expect(201);
  expect(await t.orm.em.fork().count(AuditEvent, { organizationId: orgId, action: 'organization.scim_enabled_set' })).toBe(1);
  await t.graphql(internalToken, SET, { on: false }).expect(200);
  await scim('get', '/Users').expect(403);
});

it('is on for organizations created without saying otherwise', async () => {
  const org = await t.createOrganization('default-on');
  const token = (await t.createToken(org.id, 'scim')).secret;
  await request(t.app).get('/scim/v2/Users').set('Authorization', `Bearer ${token}`).expect(200);
});
