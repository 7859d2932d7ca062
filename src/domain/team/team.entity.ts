import { Entity, OptionalProps, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId } from '../../common/ids';
import type { OrgRole } from '../roles';

/** A team of one organization; a SCIM Group. */
@Entity({ tableName: 'teams' })
@Unique({ name: 'teams_org_display_name_key_unique', properties: ['organizationId', 'displayNameKey'] })
@Index({ name: 'teams_org_external_id_index', properties: ['organizationId', 'externalId'] })
@Index({ name: 'teams_org_created_index', properties: ['organizationId', 'createdAt', 'id'] })
export class Team {
  [OptionalProps]?: 'id' | 'externalId' | 'grantsRole' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 512 })
  displayName!: string;

  /** Lower-cased `displayName`: the case-insensitive unique key; twice its length, as for `User.userNameKey`. */
  @Property({ type: 'string', length: 1024 })
  displayNameKey!: string;

  @Property({ type: 'string', length: 512, nullable: true })
  externalId: string | null = null;

  /** Org role granted to every member; set only by an org admin through GraphQL. */
  @Property({ type: 'string', length: 16, nullable: true })
  grantsRole: OrgRole | null = null;

  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();

  /** Bumped on every change, membership included; the SCIM ETag. */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;
}
