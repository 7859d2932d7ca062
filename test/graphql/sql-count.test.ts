import { systemActor, type DomainContext } from '../../src/domain/context';
import { createDocument } from '../../src/domain/document/document.service';
import { createOrganization } from '../../src/domain/organization/organization.service';
import { seedOrganization } from '../../src/domain/seed/seed.service';
import { listUsers } from '../../src/domain/user/user.query';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { graphqlData, tokenActor } from '../support/graphql';

/**
 * STYLE.md "Every relation field resolves through a loader": a page of users with every relation
 * costs the same number of SQL statements for 10 users as for 1,000.
 */
const DASHBOARD = `query ($first: Int!) {
  users(first: $first) {
    totalCount
    nodes {
      id userName role roleSource
      emails { value type primary }
      phoneNumbers { value }
      teams { id displayName grantsRole }
      documents { id title owner { id } }
    }
  }
}`;

let db: TestDatabase;
let statements: string[] | null = null;
const orgs: Record<number, string> = {};

async function seeded(users: number, teams: number): Promise<string> {
  const ctx = (org: string | null): DomainContext => ({ em: db.orm.em.fork(), actor: systemActor(org), requestId: null, now: () => new Date() });
  const org = await createOrganization(ctx(null), { name: `Org with ${users} users` });
  await seedOrganization(ctx(org.id), { users, teams });
  const page = await listUsers(ctx(org.id), { first: 5 });
  for (const user of page.nodes) await createDocument(ctx(org.id), { title: `Notes of ${user.userName}`, ownerId: user.id });
  return org.id;
}

async function statementsFor(users: number): Promise<string[]> {
  statements = [];
  const data = await graphqlData(db.orm, tokenActor(orgs[users], 'read'), DASHBOARD, { first: 1000 });
  const seen = statements;
  statements = null;
  expect(data.users.nodes).toHaveLength(users);
  return seen.filter((s) => /^\[query\] (select|with)/i.test(s));
}

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements?.push(sql) });
  orgs[10] = await seeded(10, 3);
  orgs[1000] = await seeded(1000, 20);
});
afterAll(async () => db.close());

describe('SQL statements of a dashboard page of users', () => {
  it('are the same for 10 users as for 1,000', async () => {
    const small = await statementsFor(10);
    const large = await statementsFor(1000);
    expect(large.length).toBe(small.length);
  });

  it('stay a small constant: one per relation, never one per user', async () => {
    const large = await statementsFor(1000);
    // users page, total, team grants, teams, organization settings, contacts, documents, owners
    expect(large.length).toBeLessThanOrEqual(8);
  });
});
