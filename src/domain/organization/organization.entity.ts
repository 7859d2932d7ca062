import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A tenant. Not itself tenant-owned: every other table keys by its `id` first. */
@Entity({ tableName: 'organizations' })
export class Organization {
  [OptionalProps]?: 'id' | 'roleManualOverride' | 'contentSuccessorId' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Unique({ name: 'organizations_slug_unique' })
  @Property({ type: 'string', length: 100 })
  slug!: string;

  /** When on, an org admin's manual role wins over what the IdP pushes. */
  @Property({ type: 'boolean', default: false })
  roleManualOverride: boolean = false;

  /** The org admin who receives a deactivated user's documents. */
  @Property({ type: 'uuid', nullable: true })
  contentSuccessorId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
