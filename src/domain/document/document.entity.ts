import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../common/ids';

/** A piece of a user's content. Never dropped: deactivation hands it to an admin. */
@Entity({ tableName: 'documents' })
@Index({ name: 'documents_org_owner_index', properties: ['organizationId', 'ownerId', 'createdAt'] })
@Index({ name: 'documents_org_awaiting_index', properties: ['organizationId', 'awaitingReassignment'] })
export class Document {
  [OptionalProps]?: 'id' | 'awaitingReassignment' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'string', length: 1000 })
  title!: string;

  @Property({ type: 'uuid' })
  ownerId!: string;

  /** Set when the owner was deactivated and no admin could receive the document. */
  @Property({ type: 'boolean', default: false })
  awaitingReassignment: boolean = false;

  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
