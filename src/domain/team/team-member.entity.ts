import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The (organization_id, user_id) index: a user's memberships. */
export const MEMBERS_BY_USER_INDEX = 'team_members_org_user_index';

/** Membership of one user in one team. Written and removed as deltas, never as a whole list. */
@Entity({ tableName: 'team_members' })
@Index({ name: MEMBERS_BY_USER_INDEX, properties: ['organizationId', 'userId'] })
export class TeamMember {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  teamId!: string;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
