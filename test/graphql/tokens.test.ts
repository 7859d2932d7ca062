import request from 'supertest';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { ApiToken } from '../../src/domain/token/token.entity';
import { hashToken } from '../../src/domain/token/token.service';
import { createTestApp, type TestApp } from '../support/app';
import { pinnedClock } from '../support/clock';

let t: TestApp;
let orgId: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ now: pinnedClock() });
  orgId = (await t.createOrganization('tokens')).id;
  admin = (await t.createToken(orgId, 'admin', 'dashboard')).secret;
});
afterAll(async () => t.close());

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { id token name scope createdAt } }`;
const LIST = '{ apiTokens { id name scope prefix createdAt lastUsedAt revokedAt } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';

async function create(name: string, scope: string) {
  const res = await t.graphql(admin, CREATE, { input: { name, scope } }).expect(200);
  return res.body as { data: { createApiToken: { id: string; token: string; name: string; scope: string } } | null; errors?: any[] };
}

async function listed(id: string) {
  const res = await t.graphql(admin, LIST).expect(200);
  return res.body.data.apiTokens.find((token: { id: string }) => token.id === id);
}

describe('API tokens in GraphQL', () => {
  it('creates a token and shows its secret once', async () => {
    const { data } = await create('okta', 'SCIM');
    expect(data?.createApiToken).toEqual({ id: expect.any(String), token: expect.stringMatching(/^sgt_/), name: 'okta', scope: 'SCIM', createdAt: expect.any(String) });
  });

  it('stores only the hash of the secret', async () => {
    const { data } = await create('stored', 'READ');
    const { id, token } = data!.createApiToken;
    const [row] = await t.orm.em.fork().getConnection().execute('select * from api_tokens where id = ?', [id]);
    expect(row.token_hash).toBe(hashToken(token));
    expect(row.prefix).toBe(token.slice(0, 10));
    expect(Object.values(row).some((value) => String(value).includes(token))).toBe(false);
  });

  it('lists tokens without secrets', async () => {
    // ADMIN tokens are issued to a user (token-holders.test.ts); a service READ token to none.
    const { data } = await create('listed', 'READ');
    expect(await listed(data!.createApiToken.id)).toEqual({
      id: data!.createApiToken.id,
      name: 'listed',
      scope: 'READ',
      prefix: data!.createApiToken.token.slice(0, 10),
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    const secretField = await t.graphql(admin, '{ apiTokens { token } }').expect(400);
    expect(secretField.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('sets lastUsedAt once the token is used', async () => {
    const { data } = await create('used', 'READ');
    await t.graphql(data!.createApiToken.token, '{ organization { id } }').expect(200);
    expect((await listed(data!.createApiToken.id)).lastUsedAt).toEqual(expect.any(String));
  });

  describe('leaves lastUsedAt unset when the token itself is refused', () => {
    /**
     * The refused token's `lastUsedAt`, read once a token used at the same moment and accepted has
     * its own written: the write is not waited for by the request.
     */
    const lastUsedAt = async (id: string) => {
      const control = await t.createToken(orgId, 'read');
      await t.graphql(control.secret, '{ organization { id } }').expect(200);
      const read = async (tokenId: string) => (await t.orm.em.fork().findOneOrFail(ApiToken, { id: tokenId })).lastUsedAt;
      for (let tries = 0; (await read(control.id)) === null; tries += 1) {
        if (tries > 100) throw new Error('the accepted token was never marked used');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return read(id);
    };

    it('a scim token of an organization without SCIM (403)', async () => {
      const org = await t.createOrganization('no-scim');
      const scim = await t.createToken(org.id, 'scim');
      const { secret: internal } = await t.createToken(null, 'internal');
      await t.graphql(internal, 'mutation ($id: ID!) { setOrganizationScimEnabled(id: $id, enabled: false) { id } }', { id: org.id }).expect(200);
      await request(t.app).get('/scim/v2/Users').set('Authorization', `Bearer ${scim.secret}`).expect(403);
      expect(await lastUsedAt(scim.id)).toBeNull();
    });

    it('a token whose user is deactivated (401)', async () => {
      const user = await t.graphql(admin, 'mutation { createUser(input: { userName: "holder@tokens.example" }) { id } }').expect(200);
      const userId = user.body.data.createUser.id as string;
      const { data } = await t.graphql(admin, CREATE, { input: { name: 'held', scope: 'READ', userId } }).expect(200).then((res) => res.body);
      await t.graphql(admin, 'mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: userId }).expect(200);
      await t.graphql(data.createApiToken.token, '{ organization { id } }').expect(401);
      expect(await lastUsedAt(data.createApiToken.id)).toBeNull();
    });
  });

  it('revokes a token, and revoking again changes nothing', async () => {
    const { data } = await create('revoked', 'READ');
    const first = await t.graphql(admin, REVOKE, { id: data!.createApiToken.id }).expect(200);
    const second = await t.graphql(admin, REVOKE, { id: data!.createApiToken.id }).expect(200);
    expect(first.body.data.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expect(second.body.data.revokeApiToken.revokedAt).toBe(first.body.data.revokeApiToken.revokedAt);
    await t.graphql(data!.createApiToken.token, '{ organization { id } }').expect(401);
  });

  it('records creation in the audit without the secret', async () => {
    const { data } = await create('audited', 'READ');
    const events = await t.orm.em.fork().find(AuditEvent, { organizationId: orgId, targetId: data!.createApiToken.id });
    expect(events.map((e) => e.action)).toEqual(['token.created']);
    expect(JSON.stringify(events[0])).not.toContain(data!.createApiToken.token);
  });

  it('refuses INTERNAL tokens: they are created with the CLI', async () => {
    const { data, errors } = await create('everything', 'INTERNAL');
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'scope' });
    expect(await t.orm.em.fork().count(ApiToken, { name: 'everything' })).toBe(0);
  });

  it('refuses an empty name', async () => {
    const { errors } = await create('  ', 'READ');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it.each(['read', 'internal'] as const)('refuses token management to the %s scope', async (scope) => {
    const { secret } = await t.createToken(scope === 'internal' ? null : orgId, scope);
    const res = await t.graphql(secret, CREATE, { input: { name: 'x', scope: 'READ' } }).expect(200);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND when revoking another organization's token", async () => {
    const other = await t.createOrganization('elsewhere');
    const { id } = await t.createToken(other.id, 'admin');
    const res = await t.graphql(admin, REVOKE, { id }).expect(200);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
