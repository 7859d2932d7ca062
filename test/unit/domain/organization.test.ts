import { DomainError } from '../../../src/common/errors';
import { systemActor, type DomainContext } from '../../../src/domain/context';
import {
  createOrganization,
  findOrganization,
  slugify,
} from '../../../src/domain/organization/organization.service';
import { AuditEvent } from '../../../src/domain/audit/audit-event.entity';
import { pinnedClock } from '../../support/clock';
import { createTestDatabase, type TestDatabase } from '../../support/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

const context = (organizationId: string | null = null): DomainContext => ({
  em: db.orm.em.fork(),
  actor: systemActor(organizationId),
  requestId: 'req-1',
  now: pinnedClock(),
});

describe('organizations', () => {
  it.each([
    ['Acme Corp.', 'acme-corp'],
    ['  Ünïcode Ltd ', 'unicode-ltd'],
    ['***', 'org'],
  ])('slugify(%j) = %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('creates an organization with an audit event', async () => {
    const org = await createOrganization(context(), { name: 'Globex' });
    expect(org.slug).toBe('globex');
    const events = await db.orm.em.fork().find(AuditEvent, { organizationId: org.id });
    expect(events.map((e) => e.action)).toEqual(['organization.created']);
  });

  it('refuses a second organization with the same slug', async () => {
    await createOrganization(context(), { name: 'Initech', slug: 'initech' });
    await expect(createOrganization(context(), { name: 'Other', slug: 'initech' })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { field: 'slug' },
    });
  });

  it('hides another organization from an org-scoped actor', async () => {
    const a = await createOrganization(context(), { name: 'Alpha' });
    const b = await createOrganization(context(), { name: 'Beta' });
    await expect(findOrganization(context(a.id), b.id)).rejects.toBeInstanceOf(DomainError);
    await expect(findOrganization(context(a.id), 'alpha')).resolves.toMatchObject({ id: a.id });
  });
});
