import { systemActor } from '../../src/domain/context';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { pinnedClock } from '../support/clock';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, runGraphQL, tokenActor } from '../support/graphql';

let db: TestDatabase;
let orgId: string;
let otherOrgId: string;

const EVENTS = `query ($org: ID, $action: String, $first: Int) {
  auditEvents(organizationId: $org, action: $action, first: $first) {
    totalCount
    nodes { action targetType targetId actorType actorName requestId changes { field before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  const ctx = { em: db.orm.em.fork(), actor: systemActor(null), requestId: null, now: pinnedClock() };
  orgId = (await createOrganization(ctx, { name: 'Audited' })).id;
  otherOrgId = (await createOrganization({ ...ctx, em: db.orm.em.fork() }, { name: 'Elsewhere' })).id;
  await graphqlData(db.orm, tokenActor(orgId), 'mutation { updateOrganizationSettings(input: { roleManualOverride: true }) { id } }');
});
afterAll(async () => db.close());

describe('Query.auditEvents', () => {
  it('lists the changes of the token’s organization, newest first, with before and after', async () => {
    const data = await graphqlData(db.orm, tokenActor(orgId, 'read'), EVENTS);
    expect(data.auditEvents.totalCount).toBe(2);
    expect(data.auditEvents.nodes.map((n: { action: string }) => n.action)).toEqual([
      'organization.settings_updated',
      'organization.created',
    ]);
    expect(data.auditEvents.nodes[0]).toMatchObject({
      targetType: 'organization',
      targetId: orgId,
      actorType: 'token',
      actorName: 'admin token',
      requestId: 'test-request',
      changes: [{ field: 'roleManualOverride', before: false, after: true }],
    });
  });

  it('filters by an action prefix', async () => {
    const data = await graphqlData(db.orm, tokenActor(orgId, 'read'), EVENTS, { action: 'organization.settings' });
    expect(data.auditEvents.totalCount).toBe(0);
    const prefixed = await graphqlData(db.orm, tokenActor(orgId, 'read'), EVENTS, { action: 'organization.' });
    expect(prefixed.auditEvents.totalCount).toBe(2);
  });

  it.each([
    ['token-admin', 1],
    ['token-someone-else', 0],
  ])('filters by the actor id %s', async (actorId, count) => {
    const data = await graphqlData(
      db.orm,
      tokenActor(orgId, 'read'),
      'query ($actorId: String) { auditEvents(actorId: $actorId) { totalCount nodes { action actorId } } }',
      { actorId },
    );
    expect(data.auditEvents.totalCount).toBe(count);
    if (count) expect(data.auditEvents.nodes[0]).toEqual({ action: 'organization.settings_updated', actorId });
  });

  it('pages with a cursor', async () => {
    const first = await graphqlData(db.orm, tokenActor(orgId, 'read'), EVENTS, { first: 1 });
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await graphqlData(
      db.orm,
      tokenActor(orgId, 'read'),
      `query ($after: String) { auditEvents(first: 1, after: $after) { nodes { action } pageInfo { hasNextPage } } }`,
      { after: first.auditEvents.pageInfo.endCursor },
    );
    expect(next.auditEvents.nodes).toEqual([{ action: 'organization.created' }]);
    expect(next.auditEvents.pageInfo.hasNextPage).toBe(false);
  });

  it('answers NOT_FOUND for another organization', async () => {
    const result = await runGraphQL(db.orm, tokenActor(orgId, 'read'), EVENTS, { org: otherOrgId });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets an internal token read any organization it names', async () => {
    const data = await graphqlData(db.orm, tokenActor(null, 'internal'), EVENTS, { org: otherOrgId });
    expect(data.auditEvents.nodes.map((n: { action: string }) => n.action)).toEqual(['organization.created']);
  });

  it.each([
    ['an internal token', null],
    ['its own token', 'own'],
  ])('reads the organization named in any case for %s', async (_who, own) => {
    const data = await graphqlData(db.orm, tokenActor(own ? orgId : null, own ? 'read' : 'internal'), EVENTS, { org: orgId.toUpperCase() });
    expect(data.auditEvents.totalCount).toBe(2);
  });

  it.each(['gamma', '00000000-0000-4000-8000-000000000000'])('answers NOT_FOUND for an internal token naming an organization that does not exist (%s)', async (org) => {
    const result = await runGraphQL(db.orm, tokenActor(null, 'internal'), EVENTS, { org });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
