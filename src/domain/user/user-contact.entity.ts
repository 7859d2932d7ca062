import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../common/ids';

export type ContactKind = 'email' | 'phone';

/** One element of a user's `emails` or `phoneNumbers`, kept in the order it was written. */
@Entity({ tableName: 'user_contacts' })
@Index({ name: 'user_contacts_org_user_index', properties: ['organizationId', 'userId', 'kind', 'position'] })
@Index({ name: 'user_contacts_org_value_index', properties: ['organizationId', 'kind', 'valueKey'] })
export class UserContact {
  [OptionalProps]?: 'id' | 'value' | 'valueKey' | 'type' | 'primary' | 'display';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 8 })
  kind!: ContactKind;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 512, nullable: true })
  value: string | null = null;

  /** Lower-cased value, for case-insensitive filters served by an index; twice its length, as for `User.userNameKey`. */
  @Property({ type: 'string', length: 1024, nullable: true })
  valueKey: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  type: string | null = null;

  @Property({ type: 'boolean', nullable: true })
  primary: boolean | null = null;

  @Property({ type: 'string', length: 512, nullable: true })
  display: string | null = null;
}
