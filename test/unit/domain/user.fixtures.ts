import type { MikroORM } from '@mikro-orm/core';
import type { DomainContext } from '../../../src/domain/context';
import { Document } from '../../../src/domain/document/document.entity';
import { Organization } from '../../../src/domain/organization/organization.entity';
import type { OrgRole } from '../../../src/domain/roles';
import type { TokenScope } from '../../../src/domain/token/token.entity';
import { TeamMember } from '../../../src/domain/team/team-member.entity';
import { Team } from '../../../src/domain/team/team.entity';
import { pinnedClock } from '../../support/clock';

/** Factories for the user tests: rows written directly, with deterministic values and one clock. */
export function userFixtures(orm: () => MikroORM) {
  const clock = pinnedClock();
  let orgs = 0;

  /** A context for an actor of `organizationId`: a `scim` token, an `admin` token, or the CLI. */
  const ctx = (organizationId: string | null, scope: TokenScope | null = null): DomainContext => ({
    em: orm().em.fork(),
    actor: scope
      ? { kind: 'token', id: `token-${scope}`, name: `${scope} token`, scope, organizationId }
      : { kind: 'cli', id: null, name: 'cli', scope: null, organizationId },
    requestId: 'req-test',
    now: clock,
  });

  async function organization(settings: Partial<Pick<Organization, 'roleManualOverride' | 'contentSuccessorId'>> = {}): Promise<string> {
    orgs += 1;
    const em = orm().em.fork();
    const now = clock();
    const org = em.create(Organization, { name: `Org ${orgs}`, slug: `org-${orgs}-${process.pid}`, createdAt: now, updatedAt: now, ...settings });
    await em.flush();
    return org.id;
  }

  async function setOrganization(id: string, settings: Partial<Pick<Organization, 'roleManualOverride' | 'contentSuccessorId'>>): Promise<void> {
    await orm().em.fork().nativeUpdate(Organization, { id }, settings);
  }

  async function team(organizationId: string, displayName: string, grantsRole: OrgRole | null = null, members: string[] = []): Promise<string> {
    const em = orm().em.fork();
    const now = clock();
    const row = em.create(Team, { organizationId, displayName, displayNameKey: displayName.toLowerCase(), grantsRole, createdAt: now, updatedAt: now });
    for (const userId of members) em.create(TeamMember, { organizationId, teamId: row.id, userId, createdAt: now });
    await em.flush();
    return row.id;
  }

  async function document(organizationId: string, ownerId: string, title: string): Promise<string> {
    const em = orm().em.fork();
    const now = clock();
    const row = em.create(Document, { organizationId, ownerId, title, createdAt: now, updatedAt: now });
    await em.flush();
    return row.id;
  }

  return { clock, ctx, organization, setOrganization, team, document };
}
