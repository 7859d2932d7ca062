import type { RequiredEntityData } from '@mikro-orm/core';
import { newId } from '../../common/ids';
import type { OrgRole } from '../roles';
import type { TeamMember } from '../team/team-member.entity';
import type { Team } from '../team/team.entity';
import type { UserContact } from '../user/user-contact.entity';
import type { User } from '../user/user.entity';

/**
 * Rows are plain data for `em.insertMany`, not entity instances: entities cost a change set
 * each, which made 100,000 users take minutes. Every column the domain sets is set here.
 */
export type Row<T> = RequiredEntityData<T> & { id?: string };

const GIVEN = ['Ada', 'Alan', 'Barbara', 'Claude', 'Donald', 'Edsger', 'Frances', 'Grace', 'Hedy', 'Ivan', 'John', 'Katherine', 'Leslie', 'Margaret', 'Niklaus', 'Radia', 'Shafi', 'Tim', 'Vint', 'Whitfield'];
const FAMILY = ['Lovelace', 'Turing', 'Liskov', 'Shannon', 'Knuth', 'Dijkstra', 'Allen', 'Hopper', 'Lamarr', 'Sutherland', 'McCarthy', 'Johnson', 'Lamport', 'Hamilton', 'Wirth', 'Perlman', 'Goldwasser', 'Berners-Lee', 'Cerf', 'Diffie'];

/** One seeded user in fifty gets the IdP role attribute `admin`. */
const ADMIN_EVERY = 50;

/** `user000042@acme.example`: zero-padded so names sort in creation order. */
export const seedUserName = (n: number, slug: string): string => `user${String(n).padStart(6, '0')}@${slug}.example`;

/** `Team 0007`. */
const seedTeamName = (n: number): string => `Team ${String(n).padStart(4, '0')}`;

/** Parses the number out of a seeded user name key, or null when it is not one. */
export function seedUserNumber(key: string, slug: string): number | null {
  const match = /^user(\d{6,})@(.+)$/.exec(key);
  return match && match[2] === `${slug}.example` ? Number(match[1]) : null;
}

/** Parses the number out of a seeded team name key (`team 0007`), or null when it is not one. */
export function seedTeamNumber(key: string): number | null {
  const match = /^team (\d{4,})$/.exec(key);
  return match ? Number(match[1]) : null;
}

export const seedIdpRole = (n: number): OrgRole | null => (n % ADMIN_EVERY === 1 ? 'ADMIN' : null);

/**
 * The teams (indexes into this run's teams) user number `n` joins: one to three distinct teams,
 * spread evenly so every team gets members.
 */
export function seedTeamSlots(n: number, teamCount: number): number[] {
  if (teamCount === 0) return [];
  const wanted = Math.min(1 + (n % 3), teamCount);
  const stride = Math.max(1, Math.floor(teamCount / 3));
  const first = (n - 1) % teamCount;
  return Array.from({ length: wanted }, (_, i) => (first + i * stride) % teamCount);
}

/** A user as the domain writes one (key lower-cased, version 1), with one primary work email. */
export function seedUserRows(organizationId: string, n: number, slug: string, now: Date): { user: Row<User> & { id: string }; email: Row<UserContact> } {
  const userName = seedUserName(n, slug);
  const given = GIVEN[n % GIVEN.length];
  const family = FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length];
  const user = {
    organizationId,
    id: newId(),
    userName,
    userNameKey: userName.toLowerCase(),
    nameGivenName: given,
    nameFamilyName: family,
    displayName: `${given} ${family}`,
    active: true,
    idpRole: seedIdpRole(n),
    manualRole: null,
    provisionedByIdp: true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const email: Row<UserContact> = {
    organizationId,
    id: newId(),
    userId: user.id,
    kind: 'email' as const,
    position: 0,
    value: userName,
    valueKey: userName.toLowerCase(),
    type: 'work',
    primary: true,
  };
  return { user, email };
}

export function seedTeamRow(organizationId: string, n: number, now: Date): Row<Team> & { id: string } {
  const displayName = seedTeamName(n);
  return {
    organizationId,
    id: newId(),
    displayName,
    displayNameKey: displayName.toLowerCase(),
    grantsRole: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

export function seedMemberRow(organizationId: string, teamId: string, userId: string, now: Date): Row<TeamMember> {
  return { organizationId, teamId, userId, createdAt: now };
}
